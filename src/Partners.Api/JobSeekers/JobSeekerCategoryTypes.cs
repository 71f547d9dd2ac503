using GraphQL.Types;
using GraphQL;
using Partners.Api.GraphQL.DataLoading;
using Partners.Api.Accompaniment;
using Partners.Api.Boundaries;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Domain.Accompaniment;
using Partners.Domain.JobSeekers;
using Partners.Domain.Referrals;

namespace Partners.Api.JobSeekers;

/// <summary>The IDENTITY category with the NISS, which sits on the job seeker's row.</summary>
public sealed record IdentityView(string Niss, JobSeekerIdentity Identity);

public sealed class JobSeekerIdentityType : ObjectGraphType<IdentityView>
{
    public JobSeekerIdentityType()
    {
        Name = "JobSeekerIdentity";
        Description = "The IDENTITY category (identité): NISS, names, birth date, contact, address. Every read is logged.";
        this.Member(v => v.Niss).Description("The national number (numéro d'identification à la sécurité sociale, NISS), 11 digits.").Reads(nameof(JobSeeker.Niss));
        this.Member("firstName", v => v.Identity.FirstName).Description("First name (prénom).").Reads("Identity.FirstName");
        this.Member("lastName", v => v.Identity.LastName).Description("Last name (nom).").Reads("Identity.LastName");
        this.Member("birthDate", v => v.Identity.BirthDate).Description("Birth date (date de naissance).").Reads("Identity.BirthDate");
        this.Member("street", v => v.Identity.Street, nullable: true).Description("Street and number (rue et numéro).").Reads("Identity.Street");
        this.Member("postalCode", v => v.Identity.PostalCode, nullable: true).Description("Postal code (code postal).").Reads("Identity.PostalCode");
        this.Member("municipality", v => v.Identity.Municipality, nullable: true).Description("Municipality (commune).").Reads("Identity.Municipality");
        this.Member("email", v => v.Identity.Email, nullable: true).Description("E-mail address.").Reads("Identity.Email");
        this.Member("phone", v => v.Identity.Phone, nullable: true).Description("Phone number.").Reads("Identity.Phone");
    }
}

public sealed class AccompanimentTypeType() : DescribedEnumType<AccompanimentType>(
    "AccompanimentType",
    "The type of individualised accompaniment (accompagnement individualisé, décret du 12 janvier 2012, art. 4 and 8).",
    ("DIGITAL", "Digital accompaniment (accompagnement digital)."),
    ("DIGITAL_HR", "Digital accompaniment with a human counsellor (e-conseil, digital-RH)."),
    ("SECTORAL", "Sectoral accompaniment (accompagnement sectoriel)."),
    ("SOCIO_PROFESSIONAL", "Socio-professional accompaniment (accompagnement socioprofessionnel)."));

/// <summary>
/// The PATHWAY category with its person: the id (for its histories), the closing day, and the person whose target
/// groups are each shown only where their own category may be read.
/// </summary>
public sealed record PathwayView(JobSeeker JobSeeker)
{
    public long JobSeekerId => JobSeeker.Id;

    public DateOnly? AccompanimentClosedOn => JobSeeker.AccompanimentClosedOn;

    public JobSeekerPathway Pathway => JobSeeker.Pathway;

    public static PathwayView Of(JobSeeker jobSeeker) => new(jobSeeker);
}

public sealed class JobSeekerPathwayType : ObjectGraphType<PathwayView>
{
    public JobSeekerPathwayType()
    {
        Name = "JobSeekerPathway";
        Description = "The PATHWAY category (parcours): registration, accompaniment, referent counsellor (art. 13 2°), target groups, objectives of the action plan (art. 8), closing (art. 13 10°).";
        this.Member("registeredOn", v => v.Pathway.RegisteredOn, nullable: true).Description("Registration as a job seeker (inscription).").Reads("Pathway.RegisteredOn");
        Field<AccompanimentTypeType>("accompanimentType").Description("The type of accompaniment.").Reads("Pathway.AccompanimentType").Resolve(c => c.Source.Pathway.AccompanimentType);
        this.Member("referentCounsellorName", v => v.Pathway.ReferentCounsellorName, nullable: true).Description("The current referent counsellor's name (conseiller référent, art. 13 2°).").Reads("Pathway.ReferentCounsellorName");
        Field<Accompaniment.CounsellorDesignationType>("referentCounsellor")
            .Description("The current designation of the referent counsellor (art. 13 2°); null when none was designated.")
            .Reads().Resolve(c => c.LoadCounsellorDesignations(c.Source.JobSeekerId).Map(all => all?.FirstOrDefault(d => d.EndedAt is null)));
        Field<NonNullGraphType<ConnectionType<Accompaniment.CounsellorDesignationType, CounsellorDesignation>>>("referentCounsellorHistory")
            .Description("Every designation of a referent counsellor for the person (art. 13 2°), oldest first: by designation, then id. Paged only (no `where` or `order`).")
            .Arguments(Paging.Arguments())
            .Reads().Resolve(c => c.LoadCounsellorDesignations(c.Source.JobSeekerId).Paged(c, q => q.OrderBy(d => d.DesignatedAt).ThenBy(d => d.Id)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("targetGroups")
            .Description("Codes of the target groups (publics cibles) the person belongs to, only those whose category the caller may read: a SOCIAL group (integration income, social aid, article 60 §7) needs SOCIAL, a HEALTH group (disability) needs HEALTH, and such a read is logged like one of that category. Under 25 and over 50 follow the birth date, today.")
            .Reads("Identity.BirthDate", "Pathway.TargetGroupCodes").GuardsTargetGroups(v => v.JobSeeker);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("professionalObjectives")
            .Description("The professional objectives of the action plan (objectifs professionnels, art. 8).")
            .Reads("Pathway.ProfessionalObjectives").Resolve(c => c.Source.Pathway.ProfessionalObjectives.OrderBy(o => o.Id).Select(o => o.Title));
        Field<Accompaniment.ActionPlanType>("actionPlan")
            .Description("The current action plan (plan d'action, art. 8): its latest version; null when none was recorded.")
            .Reads().Resolve(c => c.LoadActionPlans(c.Source.JobSeekerId).Map(all => all is { Count: > 0 } ? all[^1] : null));
        Field<NonNullGraphType<ConnectionType<Accompaniment.ActionPlanType, ActionPlan>>>("actionPlanVersions")
            .Description("Every version of the action plan (plan d'action, art. 8), oldest first: by version, then id. Paged only (no `where` or `order`).")
            .Arguments(Paging.Arguments())
            .Reads().Resolve(c => c.LoadActionPlans(c.Source.JobSeekerId).Paged(c, q => q.OrderBy(p => p.Version).ThenBy(p => p.Id)));
        Field<NonNullGraphType<ConnectionType<Accompaniment.PathwayEvaluationType, Referral>>>("previousEvaluations")
            .Description("Continuity (seed 001): the evaluations of the person's finished services by every operator (art. 14 7°), so the next operator does not start over. No event or motivation: those may carry SOCIAL or HEALTH facts. Oldest first: by the day the service ended, then id. Paged only (no `where` or `order`).")
            .Arguments(Paging.Arguments())
            .Reads().Resolve(c => c.LoadPathwayEvaluations(c.Source.JobSeekerId).Paged(c, q => q.OrderBy(r => r.ServiceEndedOn).ThenBy(r => r.Id)));
        this.Member("accompanimentClosedOn", v => v.AccompanimentClosedOn, nullable: true)
            .Description("The day the Office closed the accompaniment (clôture, art. 13 10°); null while it runs. The retention period starts then.").Reads(nameof(JobSeeker.AccompanimentClosedOn));
        Field<Accompaniment.AccompanimentEvaluationType>("closingEvaluation")
            .Description("The Office's evaluation at closing (art. 13 9°); null while the accompaniment runs.")
            .Reads("Pathway.ClosingAttainment", "Pathway.ClosingEvaluation").Resolve(c => c.Source.Pathway.ClosingAttainment is null ? null : c.Source.Pathway);
    }
}

public sealed class JobSeekerSocialType : ObjectGraphType<JobSeekerSocial>
{
    public JobSeekerSocialType()
    {
        Name = "JobSeekerSocial";
        Description = "The SOCIAL category, under the CPAS's professional secrecy (loi organique des CPAS du 8 juillet 1976, art. 36); shared only under the person's consent. Every read is logged.";
        this.Member(s => s.FollowedByCpas).Description("Followed by a CPAS (suivi CPAS).");
        this.Member(s => s.ReceivesIntegrationIncome).Description("Receives the integration income (revenu d'intégration).");
        this.Member(s => s.ReceivesSocialAid).Description("Receives social aid (aide sociale).");
        this.Member(s => s.EmployedUnderArticle60).Description("Employed under article 60 §7 of the CPAS organic law.");
    }
}

public sealed class JobSeekerHealthType : ObjectGraphType<JobSeekerHealth>
{
    public JobSeekerHealthType()
    {
        Name = "JobSeekerHealth";
        Description = "The HEALTH category (GDPR art. 9): specific pathway, non-mobilisable status, ICF summary. The Office's social service, others only under consent. Every read is logged.";
        this.Member(h => h.SpecificPathwayStartsOn, nullable: true).Description("Start of the specific pathway (trajet spécifique, at most 39 months).");
        this.Member(h => h.SpecificPathwayEndsOn, nullable: true).Description("End of the specific pathway.");
        this.Member(h => h.NonMobilisableFrom, nullable: true).Description("Start of the current non-mobilisable period (at most 24 months, renewable).");
        this.Member(h => h.NonMobilisableUntil, nullable: true).Description("End of the current non-mobilisable period.");
        this.Member(h => h.NonMobilisableReviewedOn, nullable: true).Description("The last review of the non-mobilisable status (at least yearly).");
        this.Member(h => h.NonMobilisableReviewDueOn, nullable: true).Description("When the next review is due: a year after the last.");
        Field<NonNullGraphType<BooleanGraphType>>("nonMobilisableReviewOverdue")
            .Description("The non-mobilisable status has not been reviewed within a year (seed 003: reviewed at least yearly).")
            .Resolve(c => c.Source.NonMobilisableFrom is not null && (c.Source.NonMobilisableReviewDueOn is not { } due || due < c.Service<Partners.Domain.Common.IClock>().Today));
        this.Member(h => h.IcfSummary, nullable: true).Description("Summary in the terms of the ICF (CIF).");
    }
}
