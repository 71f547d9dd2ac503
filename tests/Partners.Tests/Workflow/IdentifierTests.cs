using Partners.Domain.Common;
using Partners.Domain.JobSeekers;

namespace Partners.Tests.Workflow;

/// <summary>The mod-97 identifiers: NISS (national number) and BCE/KBO enterprise number.</summary>
public sealed class IdentifierTests
{
    private static readonly JobSeekerIdentity Identity = new() { FirstName = "Marie", LastName = "Dupont", BirthDate = new DateOnly(1985, 7, 14) };

    [Theory]
    [InlineData("85071412330")]
    [InlineData("85.07.14-123.30")]
    [InlineData("03020104531")] // born in 2003: the nine digits are prefixed with 2 before the modulo
    public void A_valid_niss_makes_a_job_seeker(string niss)
    {
        var created = JobSeeker.Create(niss, Identity);

        Assert.True(created.IsSuccess);
        Assert.Equal(11, created.Value!.Niss.Length);
    }

    [Theory]
    [InlineData("85071412331")]
    [InlineData("03020104532")]
    [InlineData("8507141233")]
    [InlineData("85071412X30")]
    [InlineData("")]
    public void A_bad_niss_is_refused(string niss)
    {
        var error = JobSeeker.Create(niss, Identity).Errors.Single();

        Assert.Equal((ErrorCodes.InvalidNiss, "input.niss"), (error.Code, error.Field));
    }

    [Theory]
    [InlineData("0202239951", true)]
    [InlineData("0202.239.951", true)]
    [InlineData("1234567894", true)]
    [InlineData("0202239952", false)]
    [InlineData("2202239951", false)]
    [InlineData("020223995", false)]
    public void The_enterprise_number_is_checked_by_mod_97(string number, bool valid) =>
        Assert.Equal(valid, Checksums.IsValidEnterpriseNumber(number));
}
