using YouthJustice.Domain.Children;

namespace YouthJustice.Domain.Resettlement;

/// <summary>
/// One custodial episode that resettlement planning works to: the child, their date of birth, the start of custody,
/// the expected release date and the end of the order (including the licence or supervision period).
/// </summary>
public sealed record CustodialEpisode
{
    /// <summary>Creates an episode.</summary>
    /// <param name="child">The child's pseudonymous identifier; not the default value.</param>
    /// <param name="dateOfBirth">The child's date of birth; before <paramref name="custodyStart"/>.</param>
    /// <param name="custodyStart">The first day in custody.</param>
    /// <param name="expectedRelease">The expected release date; on or after <paramref name="custodyStart"/>.</param>
    /// <param name="orderEnd">The last day of the order, licence or notice of supervision; on or after <paramref name="expectedRelease"/>.</param>
    public CustodialEpisode(ChildId child, LocalDate dateOfBirth, LocalDate custodyStart, LocalDate expectedRelease, LocalDate orderEnd)
    {
        Preconditions.CheckArgument(child.Value.Length > 0, nameof(child), "The child's identifier must be given.");
        Preconditions.CheckArgument(dateOfBirth < custodyStart, nameof(dateOfBirth), string.Create(CultureInfo.InvariantCulture, $"The date of birth {dateOfBirth:uuuu-MM-dd} must be before the custody start {custodyStart:uuuu-MM-dd}."));
        Preconditions.CheckArgument(expectedRelease >= custodyStart, nameof(expectedRelease), string.Create(CultureInfo.InvariantCulture, $"The expected release {expectedRelease:uuuu-MM-dd} must not be before the custody start {custodyStart:uuuu-MM-dd}."));
        Preconditions.CheckArgument(orderEnd >= expectedRelease, nameof(orderEnd), string.Create(CultureInfo.InvariantCulture, $"The order end {orderEnd:uuuu-MM-dd} must not be before the expected release {expectedRelease:uuuu-MM-dd}."));
        Child = child;
        DateOfBirth = dateOfBirth;
        CustodyStart = custodyStart;
        ExpectedRelease = expectedRelease;
        OrderEnd = orderEnd;
    }

    /// <summary>The child's pseudonymous identifier.</summary>
    public ChildId Child { get; }

    /// <summary>The child's date of birth.</summary>
    public LocalDate DateOfBirth { get; }

    /// <summary>The first day in custody.</summary>
    public LocalDate CustodyStart { get; }

    /// <summary>The expected release date.</summary>
    public LocalDate ExpectedRelease { get; }

    /// <summary>The last day of the order, licence or notice of supervision.</summary>
    public LocalDate OrderEnd { get; }
}
