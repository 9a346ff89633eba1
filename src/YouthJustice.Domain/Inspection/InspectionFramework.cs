namespace YouthJustice.Domain.Inspection;

/// <summary>
/// A version of the inspection framework for youth justice services: what it rates (its standards or areas, grouped
/// in domains), on which scale, and how an overall rating is derived from the standard ratings (the banding, as data).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="Fji2012"/>: full joint inspections before 2018, star ratings out of four per area, no overall rating.</item>
/// <item><see cref="Hmip2018"/>: HMIP standards and ratings for youth offending services from July 2018, 12 standards in
/// three domains (organisational delivery, court disposals, out-of-court disposals).</item>
/// <item><see cref="Hmip2021"/>: the 2021 refresh, 13 standards: a resettlement standard added.</item>
/// </list>
/// Standard numbering and the names of 3.4 and 4.1 are the project's choice (<c>spec/domain-rules.md</c> §5.2, [M/L]).
/// The banding is replaceable (<see cref="WithBanding"/>); instances are immutable.
/// </remarks>
[Source("HM Inspectorate of Probation youth inspection standards (2018; refreshed 2021)", Url = "https://hmiprobation.justiceinspectorates.gov.uk/?p=1039", Confidence = Confidence.Medium)]
public sealed class InspectionFramework
{
    private static readonly InspectionDomain OrganisationalDelivery = new(1, "Organisational delivery");
    private static readonly InspectionDomain CourtDisposals = new(2, "Court disposals");
    private static readonly InspectionDomain OutOfCourtDisposals = new(3, "Out-of-court disposals");
    private static readonly InspectionDomain Resettlement = new(4, "Resettlement");

    /// <summary>Creates a framework.</summary>
    /// <param name="id">A short identifier ("HMIP 2021"); never blank.</param>
    /// <param name="name">The framework's name; never blank.</param>
    /// <param name="scale">How it rates.</param>
    /// <param name="standards">The standards or areas it rates, with unique identifiers; at least one.</param>
    /// <param name="banding">For <see cref="InspectionScale.FourPointRating"/>: how the total of standard scores becomes an overall rating, with a maximum of 3 × the number of standards; <see langword="null"/> when there is no overall rating to derive.</param>
    public InspectionFramework(string id, string name, InspectionScale scale, IEnumerable<InspectionStandard> standards, RatingBanding? banding)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        Scale = scale;
        var list = Preconditions.CheckNotNull(standards, nameof(standards)).ToImmutableArray();
        Preconditions.CheckArgument(list.Length > 0 && list.All(s => s is not null), nameof(standards), "A framework rates at least one standard; none may be null.");
        var repeated = list.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(repeated is null, nameof(standards), $"Standard identifiers must be unique; '{repeated?.Key}' is repeated.");
        Preconditions.CheckArgument(
            banding is null || (scale == InspectionScale.FourPointRating && banding.MaxScore == checked(3 * list.Length)),
            nameof(banding),
            string.Create(CultureInfo.InvariantCulture, $"A banding applies to four-point ratings and must cover 0 to {3 * list.Length} (3 × {list.Length} standards); it covers 0 to {banding?.MaxScore}."));
        Standards = list;
        Domains = list.Select(s => s.Domain).Where(d => d is not null).Select(d => d!).Distinct().ToImmutableArray();
        Banding = banding;
    }

    /// <summary>Full joint inspection (before 2018): six areas, each given stars out of four.</summary>
    [Source("HMIP youth inspection programmes: full joint inspections (star ratings out of four per area); Wolverhampton FJI report 2016", Url = "https://inspectorates-staging.bang-on.net/hmiprobation/about-hmi-probation/about-our-work/youth-inspection-programmes/inspecting-youth-offending-work", Confidence = Confidence.High)]
    public static InspectionFramework Fji2012 { get; } = new(
        "FJI 2012",
        "Full joint inspection of youth offending work",
        InspectionScale.StarsOutOfFour,
        [
            new("RR", "Reducing reoffending", null),
            new("SS", "Ensuring the sentence is served", null),
            new("PC", "Protecting children and young people", null),
            new("PP", "Protecting the public", null),
            new("IN", "Interventions", null),
            new("GP", "Governance and partnerships", null),
        ],
        null);

    /// <summary>HMIP standards for youth offending services, 2018-2021: 12 standards in three domains, banded by <see cref="RatingBanding.TwelveStandards"/>.</summary>
    public static InspectionFramework Hmip2018 { get; } = new(
        "HMIP 2018",
        "HM Inspectorate of Probation standards for inspecting youth offending services (2018)",
        InspectionScale.FourPointRating,
        [.. CommonStandards(), new("3.4", "Joint working", OutOfCourtDisposals)],
        RatingBanding.TwelveStandards);

    /// <summary>HMIP standards from 2021: 13 standards in four domains (resettlement added), banded by <see cref="RatingBanding.ThirteenStandards"/>.</summary>
    [Source("HMIP youth inspections from 2021: 13 standards including resettlement policy and provision", Url = "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2023/06/yar-2022/", Confidence = Confidence.Medium)]
    public static InspectionFramework Hmip2021 { get; } = new(
        "HMIP 2021",
        "HM Inspectorate of Probation standards for inspecting youth justice services (2021)",
        InspectionScale.FourPointRating,
        [
            .. CommonStandards(),
            new("3.4", "Out-of-court disposal policy and provision", OutOfCourtDisposals),
            new("4.1", "Resettlement policy and provision", Resettlement),
        ],
        RatingBanding.ThirteenStandards);

    /// <summary>The three frameworks, oldest first.</summary>
    public static IReadOnlyList<InspectionFramework> All { get; } = [Fji2012, Hmip2018, Hmip2021];

    /// <summary>A short identifier ("HMIP 2021").</summary>
    public string Id { get; }

    /// <summary>The framework's name.</summary>
    public string Name { get; }

    /// <summary>How the framework rates.</summary>
    public InspectionScale Scale { get; }

    /// <summary>The standards (or areas) rated, in framework order.</summary>
    public IReadOnlyList<InspectionStandard> Standards { get; }

    /// <summary>The domains, in order; empty where the framework has none.</summary>
    public IReadOnlyList<InspectionDomain> Domains { get; }

    /// <summary>The banding that derives an overall rating, or <see langword="null"/>.</summary>
    public RatingBanding? Banding { get; }

    /// <summary>The highest total of standard scores: 3 × the number of standards (four-point frameworks).</summary>
    public int MaxScore => checked(3 * Standards.Count);

    /// <summary>The same framework with another banding, for a service that knows the inspectorate's method.</summary>
    /// <param name="banding">The banding; must cover 0 to <see cref="MaxScore"/>.</param>
    /// <returns>A new framework.</returns>
    public InspectionFramework WithBanding(RatingBanding banding)
        => new(Id, Name, Scale, Standards, Preconditions.CheckNotNull(banding, nameof(banding)));

    /// <summary>The standard with an identifier, or <see langword="null"/>.</summary>
    /// <param name="id">The identifier ("2.1").</param>
    /// <returns>The standard, or <see langword="null"/>.</returns>
    public InspectionStandard? FindStandard(string id) => Standards.FirstOrDefault(s => s.Id == id);

    /// <inheritdoc />
    public override string ToString() => Id;

    private static InspectionStandard[] CommonStandards() =>
    [
        new("1.1", "Governance and leadership", OrganisationalDelivery),
        new("1.2", "Staff", OrganisationalDelivery),
        new("1.3", "Partnerships and services", OrganisationalDelivery),
        new("1.4", "Information and facilities", OrganisationalDelivery),
        new("2.1", "Assessment", CourtDisposals),
        new("2.2", "Planning", CourtDisposals),
        new("2.3", "Implementation and delivery", CourtDisposals),
        new("2.4", "Reviewing", CourtDisposals),
        new("3.1", "Assessment", OutOfCourtDisposals),
        new("3.2", "Planning", OutOfCourtDisposals),
        new("3.3", "Implementation and delivery", OutOfCourtDisposals),
    ];
}
