using Microsoft.AspNetCore.Identity;

namespace Partners.Data.Members;

/// <summary>
/// A person who sits on the Commission des opérateurs (décret du 12 janvier 2012, art. 16) and signs in to its
/// dashboard. ASP.NET Core Identity keeps the hashed password, the lockout counter and the authenticator key; the
/// member belongs to the one Commission organisation, so the account names no organisation of its own.
/// </summary>
public sealed class CommissionMember : IdentityUser<long>;
