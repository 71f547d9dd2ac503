using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using LinqKit;
using Microsoft.EntityFrameworkCore;
using Partners.Api.Boundaries;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.DataLoading;
using Partners.Api.GraphQL.Relay;
using Partners.Api.JobSeekers;
using Partners.Api.Offers;
using Partners.Api.Organisations;
using Partners.Data;
using Partners.Domain.JobSeekers;
using Partners.Domain.Offers;
using Partners.Domain.Organisations;
using Partners.Domain.Referrals;

namespace Partners.Api.Referrals;

/// <summary>
/// Reads a page of referrals with the neighbours its nodes select — the offer, the operator, the job seeker with the
/// caller's access facts (<see cref="BoundaryRule.FactsOf"/>) — in the page's own statement, and hands them to the
/// loaders of those fields, which then cost nothing. Each row is read with the columns its selection needs
/// (<see cref="SelectedMembers"/>, <see cref="EntityColumns"/>): a job seeker's SOCIAL or HEALTH columns only when
/// selected. What a node does not select is not joined.
/// </summary>
public static class ReferralPage
{
    public static async Task<List<Referral>> FetchAsync(IQueryable<Referral> page, IResolveFieldContext context, CancellationToken ct)
    {
        var db = context.Service<PartnersDbContext>();
        var (document, nodes) = (context.Document, NodeSelection.Of(context));
        var members = Union(SelectedMembers.Of(TypeOf(context, ReferralNode.TypeName), nodes, document), Keyset<Referral>.MembersOf(page));
        var referral = EntityColumns.Of<Referral>(db.Model, members);
        var (offerSets, operatorSets, jobSeekerSets) = (NodeSelection.Under(nodes, "offer", document), NodeSelection.Under(nodes, "operator", document), NodeSelection.Under(nodes, "jobSeeker", document));
        if (offerSets.Count == 0 && operatorSets.Count == 0 && jobSeekerSets.Count == 0)
        {
            return await page.Select(referral).ToListAsync(ct);
        }

        var offerMembers = SelectedMembers.Of(TypeOf(context, OfferNode.TypeName), offerSets, document);
        var operatorMembers = SelectedMembers.Of(TypeOf(context, OrganisationNode.TypeName), operatorSets, document);
        var jobSeekerMembers = SelectedMembers.Of(TypeOf(context, JobSeekerNode.TypeName), jobSeekerSets, document);
        Expression<Func<Offer, Offer>> offer = offerSets.Count > 0 ? EntityColumns.Of<Offer>(db.Model, offerMembers) : o => null!;
        Expression<Func<Organisation, Organisation>> organisation = operatorSets.Count > 0 ? EntityColumns.Of<Organisation>(db.Model, operatorMembers) : g => null!;
        Expression<Func<JobSeeker, JobSeeker>> jobSeeker = jobSeekerSets.Count > 0 ? EntityColumns.Of<JobSeeker>(db.Model, jobSeekerMembers) : j => null!;
        Expression<Func<JobSeeker, AccessFactsRow>> facts = jobSeekerSets.Count > 0 ? context.Service<BoundaryRule>().FactsOf(context.Caller()) : j => null!;
        Expression<Func<Joined, Row>> shape = x => new Row
        {
            Referral = referral.Invoke(x.Referral),
            Offer = offer.Invoke(x.Offer),
            Operator = organisation.Invoke(x.Operator),
            JobSeeker = jobSeeker.Invoke(x.JobSeeker),
            Facts = facts.Invoke(x.JobSeeker),
        };

        var rows = await page
            .Join(db.Offers, r => r.OfferId, o => o.Id, (r, o) => new { Referral = r, Offer = o })
            .Join(db.Organisations, x => x.Referral.OperatorOrganisationId, g => g.Id, (x, g) => new { x.Referral, x.Offer, Operator = g })
            .Join(db.JobSeekers, x => x.Referral.JobSeekerId, j => j.Id, (x, j) => new Joined { Referral = x.Referral, Offer = x.Offer, Operator = x.Operator, JobSeeker = j })
            .Select(shape.Expand())
            .ToListAsync(ct);

        foreach (var row in rows)
        {
            if (row.Offer is { } o)
            {
                context.PrimeById(o.Id, o, offerMembers);
            }

            if (row.Operator is { } g)
            {
                context.PrimeById(g.Id, g, operatorMembers);
            }

            if (row.JobSeeker is { } j && row.Facts is { } f)
            {
                context.PrimeById(j.Id, j, jobSeekerMembers);
                context.PrimeAccessFacts(f);
            }
        }

        return [.. rows.Select(r => r.Referral)];
    }

    private static IComplexGraphType TypeOf(IResolveFieldContext context, string name) => (IComplexGraphType)context.Schema.AllTypes[name]!;

    private static SortedSet<string>? Union(IReadOnlySet<string>? selected, IReadOnlySet<string>? order) =>
        selected is null || order is null ? null : new SortedSet<string>(selected.Concat(order), StringComparer.Ordinal);

    private sealed class Joined
    {
        public required Referral Referral { get; init; }

        public required Offer Offer { get; init; }

        public required Organisation Operator { get; init; }

        public required JobSeeker JobSeeker { get; init; }
    }

    private sealed class Row
    {
        public required Referral Referral { get; init; }

        public Offer? Offer { get; init; }

        public Organisation? Operator { get; init; }

        public JobSeeker? JobSeeker { get; init; }

        public AccessFactsRow? Facts { get; init; }
    }
}
