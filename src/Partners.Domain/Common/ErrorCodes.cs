namespace Partners.Domain.Common;

/// <summary>The stable error codes of the contract (contract.md, "Conventions"). Clients branch on these.</summary>
public static class ErrorCodes
{
    public const string NotFound = "NOT_FOUND";
    public const string Forbidden = "FORBIDDEN";
    public const string ConsentRequired = "CONSENT_REQUIRED";
    public const string Validation = "VALIDATION";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string InvalidNiss = "INVALID_NISS";
    public const string InvalidEnterpriseNumber = "INVALID_ENTERPRISE_NUMBER";
    public const string NotEligible = "NOT_ELIGIBLE";
    public const string EngagementNotApplicable = "ENGAGEMENT_NOT_APPLICABLE";
    public const string NoCommissionClause = "NO_COMMISSION_CLAUSE";
    public const string ConcurrencyConflict = "CONCURRENCY_CONFLICT";
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    // Transport-level codes: the request itself could not be run.
    public const string ParseError = "PARSE_ERROR";
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";
    public const string QueryTooDeep = "QUERY_TOO_DEEP";
    public const string QueryTooLarge = "QUERY_TOO_LARGE";
    public const string Timeout = "TIMEOUT";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedDocumentRequired = "PERSISTED_DOCUMENT_REQUIRED";
    public const string BadRequest = "BAD_REQUEST";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string RateLimited = "RATE_LIMITED";
    public const string Internal = "INTERNAL";
}
