namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>The court dealing with the child. Out-of-court disposals have none.</summary>
public enum SentencingCourt
{
    /// <summary>A youth court.</summary>
    YouthCourt = 0,

    /// <summary>A magistrates' court other than a youth court (adult court, e.g. a child jointly charged with an adult).</summary>
    MagistratesCourt = 1,

    /// <summary>The Crown Court.</summary>
    CrownCourt = 2,
}
