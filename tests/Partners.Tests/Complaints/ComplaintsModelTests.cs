using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Partners.Data;
using Partners.Domain.Complaints;
using Partners.Domain.Contracts;
using Partners.Domain.Disputes;
using Partners.Domain.Organisations;
using Partners.Tests.Disputes;

namespace Partners.Tests.Complaints;

/// <summary>The EF model of complaints and disputes builds, saves and reads back on SQLite.</summary>
public sealed class ComplaintsModelTests : IDisposable
{
    private readonly SqliteConnection connection = new("DataSource=:memory:");

    public ComplaintsModelTests()
    {
        connection.Open();
        using var db = NewContext();
        db.Database.EnsureCreated();
        db.Organisations.AddRange(
            new Organisation { Id = 1, Name = "Forem", Kind = OrganisationKind.Office },
            new Organisation { Id = 2, Name = "ISP", Kind = OrganisationKind.IspOperator });
        db.SaveChanges();
    }

    [Fact]
    public void The_engagement_table_is_seeded_from_the_catalogue()
    {
        using var db = NewContext();

        var stored = db.Engagements.OrderBy(e => e.Code).ToList();

        Assert.Equal(Engagements.All.Select(e => e.Code).Order(StringComparer.Ordinal), stored.Select(e => e.Code));
        Assert.Equal(EngagementParty.Operator, stored.Single(e => e.Code == Engagements.Operator14_4).Party);
    }

    [Fact]
    public void A_complaint_with_its_answer_and_history_is_saved_and_read_back()
    {
        long id;
        using (var db = NewContext())
        {
            var complaint = ComplaintScenario.In(ComplaintStatus.Answered);
            db.Complaints.Add(complaint);
            db.SaveChanges();
            id = complaint.Id;
        }

        using (var db = NewContext())
        {
            var complaint = db.Complaints.Single(c => c.Id == id);

            Assert.Equal(ComplaintStatus.Answered, complaint.Status);
            Assert.Equal(Engagements.Operator14_4, complaint.EngagementCode);
            Assert.Equal(ComplaintFinding.PartlyFounded, complaint.Answer!.Finding);
            Assert.Equal(ComplaintScenario.Today.AddDays(30), complaint.AnswerDueOn);
            Assert.Equal(
                [ComplaintStatus.Received, ComplaintStatus.Acknowledged, ComplaintStatus.UnderReview, ComplaintStatus.Answered],
                complaint.History.OrderBy(h => h.Id).Select(h => h.To));
            Assert.Equal(DateTimeKind.Utc, complaint.History[0].At.Kind);
            Assert.Equal(3, complaint.Version);
        }
    }

    [Fact]
    public void A_complaint_changed_by_someone_else_meanwhile_is_a_concurrency_conflict()
    {
        using (var db = NewContext())
        {
            db.Complaints.Add(ComplaintScenario.AgainstOperator());
            db.SaveChanges();
        }

        using var first = NewContext();
        using var second = NewContext();
        first.Complaints.Single().Acknowledge(ComplaintScenario.Operator, ComplaintScenario.Now);
        second.Complaints.Single().Withdraw(ComplaintScenario.Office, null, ComplaintScenario.Now);
        first.SaveChanges();

        Assert.Throws<DbUpdateConcurrencyException>(() => second.SaveChanges());
    }

    [Fact]
    public void A_dispute_with_its_settlement_and_history_is_saved_and_read_back()
    {
        long id;
        using (var db = NewContext())
        {
            var dispute = DisputeScenario.In(DisputeStatus.Settled);
            db.Disputes.Add(dispute);
            db.SaveChanges();
            id = dispute.Id;
        }

        using (var db = NewContext())
        {
            var dispute = db.Disputes.Single(d => d.Id == id);

            Assert.Equal(DisputeStatus.Settled, dispute.Status);
            Assert.Equal(DisputeClause.MediationAndArbitration, dispute.ClauseAtFiling);
            Assert.Equal("Accord sur un calendrier d'adressage.", dispute.Settlement!.Text);
            Assert.Null(dispute.Decision);
            Assert.Equal([DisputeStatus.Filed, DisputeStatus.InMediation, DisputeStatus.Settled], dispute.History.OrderBy(h => h.Id).Select(h => h.To));
        }
    }

    [Fact]
    public void An_inadmissible_dispute_is_stored_with_its_reason()
    {
        using (var db = NewContext())
        {
            db.Disputes.Add(DisputeScenario.OperatorFiles(DisputeClause.None).Dispute!);
            db.SaveChanges();
        }

        using (var db = NewContext())
        {
            var dispute = db.Disputes.Single();
            Assert.Equal((DisputeStatus.Inadmissible, DisputeInadmissibleReason.NoCommissionClause), (dispute.Status, dispute.InadmissibleReason!.Value));
        }
    }

    public void Dispose() => connection.Dispose();

    private PartnersDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<PartnersDbContext>().UseSqlite(connection);
        options.UseOpenIddict<long>();
        return new PartnersDbContext(options.Options);
    }
}
