namespace Partners.Api.Identity;

/// <summary>The roles of Office staff, carried as Entra ID app roles.</summary>
public static class StaffRoles
{
    public const string Counsellor = "Counsellor";
    public const string SocialService = "SocialService";
    public const string ComplaintsService = "ComplaintsService";
    public const string DataProtectionOfficer = "DataProtectionOfficer";
}
