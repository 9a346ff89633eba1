namespace YouthJustice.Domain.Outcomes;

/// <summary>Whether a child had reoffended by a follow-up point, once that can be known.</summary>
public enum ReoffendingStatus
{
    /// <summary>The follow-up (and the waiting period for proof) has not elapsed: not counted, never a success.</summary>
    NotYetDue = 0,

    /// <summary>No proven offence committed in the follow-up.</summary>
    NotReoffended = 1,

    /// <summary>At least one proven offence committed in the follow-up.</summary>
    Reoffended = 2,
}
