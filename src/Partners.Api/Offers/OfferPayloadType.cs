using Partners.Api.GraphQL.Mutations;
using Partners.Domain.Offers;

namespace Partners.Api.Offers;

public sealed class OfferPayloadType() : PayloadType<OfferNode, Offer>(
    "OfferPayload", "offer", "The result of an offer mutation (offre de prestations, art. 14 2°): the offer, or the refusals and nothing written.");
