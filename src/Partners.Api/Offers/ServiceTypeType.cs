using Partners.Api.GraphQL;
using Partners.Domain.Offers;

namespace Partners.Api.Offers;

public sealed class ServiceTypeType : EnumType<ServiceType>
{
    public ServiceTypeType()
    {
        Name = "ServiceType";
        Description = "The kind of service an offer provides (type de prestation, décret du 12 janvier 2012, art. 11 5° a).";
        Values["ORIENTATION"]!.Description = "Vocational orientation (orientation professionnelle).";
        Values["TRAINING"]!.Description = "Vocational training (formation qualifiante).";
        Values["COACHING"]!.Description = "Individual or group coaching.";
        Values["JOB_SEARCH_SUPPORT"]!.Description = "Active job-search support (accompagnement à la recherche d'emploi).";
        Values["WORK_EXPERIENCE"]!.Description = "Work placement or work experience (stage, expérience professionnelle).";
        Values["GUIDANCE"]!.Description = "Socio-professional guidance (accompagnement socioprofessionnel).";
        Values["SKILLS_VALIDATION"]!.Description = "Recognition of acquired skills (validation des compétences).";
        Values["BASIC_SKILLS"]!.Description = "Basic skills: literacy, numeracy, French as a foreign language (alphabétisation, FLE).";
        Values["OTHER"]!.Description = "Another kind of service; the objectives tell.";
    }
}
