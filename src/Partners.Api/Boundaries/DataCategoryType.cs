using Partners.Api.GraphQL;
using Partners.Domain.Boundaries;

namespace Partners.Api.Boundaries;

public sealed class DataCategoryType() : DescribedEnumType<DataCategory>(
    "DataCategory",
    "The four categories of a job seeker's data (domain.md, \"The boundaries\"), each behind its scope.",
    ("IDENTITY", "NISS, names, birth date, contact, address (scope jobseeker:identity)."),
    ("PATHWAY", "Registration, accompaniment, referent counsellor, target groups, objectives (scope jobseeker:pathway)."),
    ("SOCIAL", "CPAS follow-up, integration income, social aid, article 60 §7, under professional secrecy (scope jobseeker:social)."),
    ("HEALTH", "Specific pathway, non-mobilisable status, ICF summary, GDPR art. 9 (scope jobseeker:health)."));

public sealed class LegalBasisType() : DescribedEnumType<LegalBasis>(
    "LegalBasis",
    "Why a read of a job seeker's data was lawful (base légale), as the access log records it.",
    ("OFFICE_MISSION", "The Office's mission of accompaniment (décret du 12 janvier 2012, art. 4 and 13)."),
    ("COOPERATION_CONTRACT", "The operator's cooperation contract (art. 11) under which the person was referred."),
    ("OWN_CPAS", "The person's own CPAS (loi organique des CPAS, art. 36)."),
    ("CONSENT", "The person's consent naming the reader and the category."));
