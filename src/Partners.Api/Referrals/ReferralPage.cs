using System.Linq.Expressions;
using GraphQL;
using LinqKit;
using Microsoft.EntityFrameworkCore;
using Partners.Api.Boundaries;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.DataLoading;
using Partners.Api.GraphQL.Relay;
using Partners.Data;
using Partners.Domain.JobSeekers;
using Partners.Domain.Offers;
using Partners.Domain.Organisations;
using Partners.Domain.Referrals;

namespace Partners.Api.Referrals;

/// <summary>
/// Reads a page of referrals with the neighbours its nodes select — the offer, the operator, the job seeker with the
/// caller's access facts (<see cref="BoundaryRule.FactsOf"/>) — in the page's own statement, and hands them to the
/// loaders of those fields, which then cost nothing. Each row is read without the tables it owns
/// (<see cref="EntityColumns"/>). What a node does not select is not joined.
/// </summary>
public static class ReferralPage
{
    public static async Task<List<Referral>> FetchAsync(IQueryable<Referral> page, IResolveFieldContext context, CancellationToken ct)
    {
        var db = context.Service<PartnersDbContext>();
        var selected = NodeSelection.FieldsOf(context);
        var (withOffer, withOperator, withJobSeeker) = (selected.Contains("offer"), selected.Contains("operator"), selected.Contains("jobSeeker"));
        if (!withOffer && !withOperator && !withJobSeeker)
        {
            return await page.WithoutOwnedTables(db.Model).ToListAsync(ct);
        }

        var referral = EntityColumns.Of<Referral>(db.Model) ?? (r => r);
        Expression<Func<Offer, Offer>> offer = withOffer ? EntityColumns.Of<Offer>(db.Model) ?? (o => o) : o => null!;
        Expression<Func<Organisation, Organisation>> organisation = withOperator ? g => g : g => null!;
        Expression<Func<JobSeeker, JobSeeker>> jobSeeker = withJobSeeker ? j => j : j => null!;
        Expression<Func<JobSeeker, AccessFactsRow>> facts = withJobSeeker ? context.Service<BoundaryRule>().FactsOf(context.Caller()) : j => null!;
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
                context.PrimeById(o.Id, o);
            }

            if (row.Operator is { } g)
            {
                context.PrimeById(g.Id, g);
            }

            if (row.JobSeeker is { } j && row.Facts is { } f)
            {
                context.PrimeById(j.Id, j);
                context.PrimeAccessFacts(f);
            }
        }

        return [.. rows.Select(r => r.Referral)];
    }

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
