using Partners.Domain.Common;
using Partners.Domain.Contracts;
using Partners.Domain.Offers;
using static Partners.Tests.Workflow.WorkflowFixtures;

namespace Partners.Tests.Workflow;

/// <summary>An offer is changed only by its operator, under an active contract (decree Art. 11, Art. 14 2°).</summary>
public sealed class OfferRulesTests
{
    [Fact]
    public void The_operator_publishes_its_draft_offer_under_an_active_contract()
    {
        var offer = Offer(OfferStatus.Draft);

        var published = offer.Publish(OperatorId, Contract(), Now);

        Assert.True(published.IsSuccess);
        Assert.Equal((OfferStatus.Published, 1, Now), (offer.Status, offer.Version, offer.UpdatedAt));
    }

    [Fact]
    public void Another_organisation_cannot_publish_the_offer() =>
        Assert.Equal(ErrorCodes.Forbidden, Offer(OfferStatus.Draft).Publish(OfficeId, Contract(), Now).Errors.Single().Code);

    [Fact]
    public void An_offer_cannot_be_published_under_a_suspended_contract() =>
        Assert.Equal(ErrorCodes.NotEligible, Offer(OfferStatus.Draft).Publish(OperatorId, Contract(ContractStatus.Suspended), Now).Errors.Single().Code);

    [Fact]
    public void An_archived_offer_cannot_be_published_again()
    {
        var offer = Offer(OfferStatus.Archived);

        Assert.Equal(ErrorCodes.InvalidTransition, offer.Publish(OperatorId, Contract(), Now).Errors.Single().Code);
        Assert.Equal(OfferStatus.Archived, offer.Status);
    }

    [Fact]
    public void An_offer_without_objectives_cannot_be_published()
    {
        var offer = Offer(OfferStatus.Draft);
        offer.Objectives = "";

        Assert.Equal("input.objectives", offer.Publish(OperatorId, Contract(), Now).Errors.Single().Field);
    }

    [Fact]
    public void An_update_is_validated_and_counted()
    {
        var offer = Offer();

        Assert.True(offer.Update(OperatorId, Contract(), Now, o => o.Capacity = 20).IsSuccess);
        Assert.Equal((20, 1), (offer.SeatsLeft, offer.Version));
        Assert.Equal("input.capacity", offer.Update(OperatorId, Contract(), Now, o => o.Capacity = -1).Errors.Single().Field);
    }

    [Theory]
    [InlineData(OfferStatus.Draft, OfferStatus.Published, true)]
    [InlineData(OfferStatus.Published, OfferStatus.Suspended, true)]
    [InlineData(OfferStatus.Suspended, OfferStatus.Published, true)]
    [InlineData(OfferStatus.Suspended, OfferStatus.Archived, true)]
    [InlineData(OfferStatus.Draft, OfferStatus.Suspended, false)]
    [InlineData(OfferStatus.Archived, OfferStatus.Draft, false)]
    [InlineData(OfferStatus.Published, OfferStatus.Draft, false)]
    public void The_offer_table_is_followed(OfferStatus from, OfferStatus to, bool allowed) =>
        Assert.Equal(allowed, OfferStateMachine.CanMove(from, to));
}
