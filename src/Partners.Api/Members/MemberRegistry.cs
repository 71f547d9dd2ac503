using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using Partners.Api.Identity;
using Partners.Data.Members;

namespace Partners.Api.Members;

/// <summary>
/// Creates, lists and disables the Commission's members (the <c>members</c> commands of the tools, and the demo
/// seed). A disabled member is locked out for good and every token issued to them is revoked at once.
/// </summary>
public sealed class MemberRegistry(UserManager<CommissionMember> users, IOpenIddictTokenManager tokens, TokenRevocations revocations)
{
    /// <summary>The subject of a member's tokens: distinct from every machine client's, which is its client id.</summary>
    public static string SubjectOf(CommissionMember member) => "member:" + member.Id.ToString(CultureInfo.InvariantCulture);

    public static long? IdOfSubject(string? subject) =>
        subject is not null && subject.StartsWith("member:", StringComparison.Ordinal)
            && long.TryParse(subject.AsSpan("member:".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    /// <summary>Creates a member; the errors are Identity's (a weak password, an address already taken…).</summary>
    public async Task<IdentityResult> CreateAsync(string email, string password)
    {
        var member = new CommissionMember { UserName = email, Email = email, EmailConfirmed = true };
        return await users.CreateAsync(member, password);
    }

    public async Task<IReadOnlyList<MemberSummary>> ListAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        [.. (await users.Users.AsNoTracking().ToListAsync(cancellationToken))
            .Select(m => new MemberSummary(m.Email ?? m.UserName ?? "", StateOf(m, now), m.TwoFactorEnabled))
            .OrderBy(m => m.Email, StringComparer.Ordinal)];

    /// <summary>Locks the member out for good and revokes their tokens; false when there is no such member.</summary>
    public async Task<bool> DisableAsync(string email, CancellationToken cancellationToken)
    {
        var member = await users.FindByEmailAsync(email);
        if (member is null)
        {
            return false;
        }

        await users.SetLockoutEnabledAsync(member, true);
        await users.SetLockoutEndDateAsync(member, DateTimeOffset.MaxValue);
        // A new security stamp ends the member's sign-in cookie too.
        await users.UpdateSecurityStampAsync(member);
        await RevokeTokensAsync(member, cancellationToken);
        return true;
    }

    /// <summary>
    /// Every token the member holds, access and refresh, stops (logout, disabling): the refresh tokens at once, the
    /// signed access tokens through <see cref="TokenRevocations"/>, at once on this instance and within a poll
    /// interval on the others.
    /// </summary>
    public async Task RevokeTokensAsync(CommissionMember member, CancellationToken cancellationToken)
    {
        await tokens.RevokeBySubjectAsync(SubjectOf(member), cancellationToken);
        await revocations.RefreshAsync(cancellationToken);
    }

    private static MemberState StateOf(CommissionMember member, DateTimeOffset now) =>
        member.LockoutEnd == DateTimeOffset.MaxValue ? MemberState.Disabled
        : member.LockoutEnd > now ? MemberState.LockedOut
        : MemberState.Active;
}

public enum MemberState
{
    Active,
    LockedOut,
    Disabled,
}

/// <summary>A member as the tools list them.</summary>
public sealed record MemberSummary(string Email, MemberState State, bool TwoFactorEnabled);
