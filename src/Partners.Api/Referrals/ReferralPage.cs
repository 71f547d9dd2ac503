using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using LinqKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Partners.Api.Boundaries;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.DataLoading;
using Partners.Api.GraphQL.Relay;
using Partners.Api.JobSeekers;
using Partners.Api.Offers;
using Partners.Api.Organisations;
using Partners.Data;
using Partners.Domain.Boundaries;
using Partners.Domain.JobSeekers;
using Partners.Domain.Offers;
using Partners.Domain.Organisations;
using Partners.Domain.Referrals;

namespace Partners.Api.Referrals;

/// <summary>
/// Reads a page of referrals with the neighbours its nodes select — the offer, the operator, the job seeker with the
/// caller's access facts for the categories the selection decides (<see cref="BoundaryRule.FactsOf"/>,
/// <see cref="CategoryGuard.DecidedBy"/>) — in the page's own statement, and hands them to the loaders of those
/// fields, which then cost nothing. Each row is read with the columns its selection needs (<see cref="SelectedMembers"/>,
/// <see cref="EntityColumns"/>): a job seeker's SOCIAL or HEALTH columns only when selected and in the caller's scope (a category out of it is
/// refused whole: neither its columns nor its access facts are read). What a node does not
/// select is not joined. What the selection decides is worked out once per document (<see cref="Plan"/>) and the
/// statement's projection once per document, order and caller kind; a request binds it to its own values
/// (<see cref="BoundaryScope"/>), so EF finds it in its query cache without this code rebuilding it.
/// </summary>
public static class ReferralPage
{
    private static readonly ConditionalWeakTable<GraphQLField, Plan> Plans = new();

    public static async Task<List<Referral>> FetchAsync(IQueryable<Referral> page, IResolveFieldContext context, CancellationToken ct)
    {
        var db = context.Service<PartnersDbContext>();
        var plan = Plans.GetValue(context.FieldAst, _ => Plan.Of(context));
        var referralMembers = Union(plan.Referral, Keyset<Referral>.MembersOf(page));
        if (!plan.Joins)
        {
            return await page.Select(EntityColumns.Of<Referral>(db.Model, referralMembers)).ToListAsync(ct);
        }

        var caller = context.Caller();
        var refused = CategoryGuard.OutOfScopeOf(caller);
        var (jobSeekerMembers, categories) = plan.JobSeekerFor(refused);
        var shape = plan.Shape(db.Model, referralMembers, caller.OrganisationKind, refused);
        var rows = await page
            .Join(db.Offers, r => r.OfferId, o => o.Id, (r, o) => new { Referral = r, Offer = o })
            .Join(db.Organisations, x => x.Referral.OperatorOrganisationId, g => g.Id, (x, g) => new { x.Referral, x.Offer, Operator = g })
            .Join(db.JobSeekers, x => x.Referral.JobSeekerId, j => j.Id, (x, j) => new Joined { Referral = x.Referral, Offer = x.Offer, Operator = x.Operator, JobSeeker = j })
            .Select(BoundaryScope.Bind(shape, context.Service<BoundaryRule>().ScopeOf(caller)))
            .ToListAsync(ct);

        context.PrimeById(rows.Select(r => r.Offer).OfType<Offer>(), plan.Offer);
        context.PrimeById(rows.Select(r => r.Operator).OfType<Organisation>(), plan.Operator);
        context.PrimeById(rows.Where(r => r.Facts is not null).Select(r => r.JobSeeker).OfType<JobSeeker>(), jobSeekerMembers);
        context.PrimeAccessFacts(rows.Select(r => r.Facts).OfType<AccessFactsRow>(), categories);

        return [.. rows.Select(r => r.Referral)];
    }

    /// <summary>
    /// What a page's nodes select (their own members; those of the offer, the operator, the job seeker when selected;
    /// the categories decided of the job seeker, and its members, by the categories out of the caller's scope: what
    /// is refused whole is not read, <see cref="CategoryGuard.OutOfScope"/>), and the statement's projection of each
    /// set of referral members (the order's among them), caller kind and refused categories. A document's field
    /// always selects the same.
    /// </summary>
    private sealed class Plan
    {
        private readonly ConcurrentDictionary<(string Referral, OrganisationKind Kind, int Refused), Expression<Func<Joined, BoundaryScope, Row>>> shapes = new();

        private readonly ConcurrentDictionary<int, (IReadOnlySet<string>? Members, IReadOnlySet<DataCategory> Categories)> jobSeekers = new();

        public required IReadOnlySet<string>? Referral { get; init; }

        public required bool Joins { get; init; }

        public required bool WithOffer { get; init; }

        public required bool WithOperator { get; init; }

        public required bool WithJobSeeker { get; init; }

        public required IReadOnlySet<string>? Offer { get; init; }

        public required IReadOnlySet<string>? Operator { get; init; }

        public required IComplexGraphType JobSeekerType { get; init; }

        public required IReadOnlyList<GraphQLSelectionSet?> JobSeekerSets { get; init; }

        public required GraphQLDocument Document { get; init; }

        public static Plan Of(IResolveFieldContext context)
        {
            var (document, nodes) = (context.Document, NodeSelection.Of(context));
            var (offerSets, operatorSets, jobSeekerSets) = (NodeSelection.Under(nodes, "offer", document), NodeSelection.Under(nodes, "operator", document), NodeSelection.Under(nodes, "jobSeeker", document));
            var jobSeekerType = TypeOf(context, JobSeekerNode.TypeName);
            return new Plan
            {
                Referral = SelectedMembers.Of(TypeOf(context, ReferralNode.TypeName), nodes, document),
                Joins = offerSets.Count > 0 || operatorSets.Count > 0 || jobSeekerSets.Count > 0,
                WithOffer = offerSets.Count > 0,
                WithOperator = operatorSets.Count > 0,
                WithJobSeeker = jobSeekerSets.Count > 0,
                Offer = SelectedMembers.Of(TypeOf(context, OfferNode.TypeName), offerSets, document),
                Operator = SelectedMembers.Of(TypeOf(context, OrganisationNode.TypeName), operatorSets, document),
                JobSeekerType = jobSeekerType,
                JobSeekerSets = jobSeekerSets,
                Document = document,
            };
        }

        /// <summary>
        /// The job seeker's members and the categories whose facts the page reads, for a caller refused
        /// <paramref name="refused"/>: a refused category's fields read no column and need no fact.
        /// </summary>
        public (IReadOnlySet<string>? Members, IReadOnlySet<DataCategory> Categories) JobSeekerFor(CategoryGuard.OutOfScope refused) =>
            jobSeekers.GetOrAdd(refused.Mask, _ => (
                SelectedMembers.Of(JobSeekerType, JobSeekerSets, Document, refused),
                CategoryGuard.DecidedBy(JobSeekerType, JobSeekerSets, Document).Where(c => !refused.Contains(c)).ToHashSet()));

        /// <summary>The page's projection, taking the request's <see cref="BoundaryScope"/>.</summary>
        public Expression<Func<Joined, BoundaryScope, Row>> Shape(IModel model, IReadOnlySet<string>? referralMembers, OrganisationKind kind, CategoryGuard.OutOfScope refused) =>
            shapes.GetOrAdd((EntityColumns.KeyOf(referralMembers), kind, refused.Mask), _ =>
            {
                var (jobSeekerMembers, categories) = JobSeekerFor(refused);
                var referral = EntityColumns.Of<Referral>(model, referralMembers);
                Expression<Func<Offer, Offer>> offer = WithOffer ? EntityColumns.Of<Offer>(model, Offer) : o => null!;
                Expression<Func<Organisation, Organisation>> organisation = WithOperator ? EntityColumns.Of<Organisation>(model, Operator) : g => null!;
                Expression<Func<JobSeeker, JobSeeker>> jobSeeker = WithJobSeeker ? EntityColumns.Of<JobSeeker>(model, jobSeekerMembers) : j => null!;
                Expression<Func<JobSeeker, BoundaryScope, AccessFactsRow>> facts = WithJobSeeker ? BoundaryRule.FactsOf(kind, categories) : (j, s) => null!;
                Expression<Func<Joined, BoundaryScope, Row>> shape = (x, s) => new Row
                {
                    Referral = referral.Invoke(x.Referral),
                    Offer = offer.Invoke(x.Offer),
                    Operator = organisation.Invoke(x.Operator),
                    JobSeeker = jobSeeker.Invoke(x.JobSeeker),
                    Facts = facts.Invoke(x.JobSeeker, s),
                };
                return shape.Expand();
            });
    }

    private static IComplexGraphType TypeOf(IResolveFieldContext context, string name) => (IComplexGraphType)context.Schema.AllTypes[name]!;

    private static SortedSet<string>? Union(IReadOnlySet<string>? selected, IReadOnlySet<string>? order) =>
        selected is null || order is null ? null : new SortedSet<string>(selected.Concat(order), StringComparer.Ordinal);

    public sealed class Joined
    {
        public required Referral Referral { get; init; }

        public required Offer Offer { get; init; }

        public required Organisation Operator { get; init; }

        public required JobSeeker JobSeeker { get; init; }
    }

    public sealed class Row
    {
        public required Referral Referral { get; init; }

        public Offer? Offer { get; init; }

        public Organisation? Operator { get; init; }

        public JobSeeker? JobSeeker { get; init; }

        public AccessFactsRow? Facts { get; init; }
    }
}
