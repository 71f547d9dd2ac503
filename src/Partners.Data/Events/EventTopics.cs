namespace Partners.Data.Events;

/// <summary>The topics features publish on. One per kind of subject; subscribers choose a topic.</summary>
public static class EventTopics
{
    public const string Referral = "referral";
    public const string Dispute = "dispute";
    public const string Commission = "commission";
}
