namespace Partners.Domain.Complaints;

/// <summary>Who may make a move of the complaint state machine.</summary>
public enum ComplaintHandler
{
    /// <summary>The party complained about (Art. 13 11°, Art. 14 8°).</summary>
    Respondent,

    /// <summary>The organisation that recorded the complaint for the job seeker, or the respondent.</summary>
    RecorderOrRespondent,
}
