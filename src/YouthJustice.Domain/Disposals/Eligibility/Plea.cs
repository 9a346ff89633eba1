namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>How the child pleaded to the offences before the court (the referral order conditions turn on it).</summary>
public enum Plea
{
    /// <summary>Not guilty to every offence (convicted after trial), or no plea recorded.</summary>
    NotGuilty = 0,

    /// <summary>Guilty to at least one offence, not to all of them (or not to every connected offence).</summary>
    GuiltyToSomeOffences = 1,

    /// <summary>Guilty to the offence and to every connected offence.</summary>
    GuiltyToAllOffences = 2,
}
