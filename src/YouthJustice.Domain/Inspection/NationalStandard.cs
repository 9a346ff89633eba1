namespace YouthJustice.Domain.Inspection;

/// <summary>
/// One of the five YJB national standards of 2019, "Standards for children in the youth justice system": NS1
/// out-of-court disposals, NS2 at court, NS3 in the community, NS4 in secure settings, NS5 on transition and
/// resettlement.
/// </summary>
/// <remarks>
/// Published by the MoJ and YJB on 21 February 2019 (set by the Secretary of State on the YJB's advice), in force
/// from April 2019, replacing the National Standards for Youth Justice Services 2013 (<c>spec/domain-rules.md</c>
/// §5.3). <c>Value</c> is the standard's number.
/// </remarks>
[Source("MoJ/YJB, Standards for children in the youth justice system 2019", Url = "https://www.gov.uk/government/publications/national-standards-for-youth-justice-services", EffectiveFrom = "2019-04-01", Confidence = Confidence.High)]
public sealed class NationalStandard : SmartEnum<NationalStandard>
{
    /// <summary>NS1: Out-of-court disposals.</summary>
    public static readonly NationalStandard OutOfCourtDisposals = new(nameof(OutOfCourtDisposals), 1, "Out-of-court disposals");

    /// <summary>NS2: At court.</summary>
    public static readonly NationalStandard AtCourt = new(nameof(AtCourt), 2, "At court");

    /// <summary>NS3: In the community (court disposals).</summary>
    public static readonly NationalStandard InTheCommunity = new(nameof(InTheCommunity), 3, "In the community");

    /// <summary>NS4: In secure settings.</summary>
    public static readonly NationalStandard InSecureSettings = new(nameof(InSecureSettings), 4, "In secure settings");

    /// <summary>NS5: On transition and resettlement.</summary>
    public static readonly NationalStandard OnTransitionAndResettlement = new(nameof(OnTransitionAndResettlement), 5, "On transition and resettlement");

    private static readonly NationalStandard[] Ordered = [OutOfCourtDisposals, AtCourt, InTheCommunity, InSecureSettings, OnTransitionAndResettlement];

    private NationalStandard(string name, int value, string title)
        : base(name, value)
    {
        Title = title;
    }

    /// <summary>The five standards in number order.</summary>
    public static IReadOnlyList<NationalStandard> All => Ordered;

    /// <summary>The standard's title ("At court").</summary>
    public string Title { get; }

    /// <summary>The short code, "NS1" to "NS5".</summary>
    public string Code => "NS" + Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads the name (<c>AtCourt</c>) or the code (<c>NS2</c>), case-sensitively.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The standard, or an <see cref="UnknownValueError"/> for field <c>nationalStandard</c>.</returns>
    public static OneOf<NationalStandard, UnknownValueError> Parse(string? text) => SmartEnumText.Parse<NationalStandard>(text, "nationalStandard", s => s.Code);

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Title}";
}
