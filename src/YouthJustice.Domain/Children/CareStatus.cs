namespace YouthJustice.Domain.Children;

/// <summary>
/// A child's status with children's services, as the wider-services KPI reads it: looked after, on a child protection
/// plan, a child in need (Wales: in need of care and support), on an early help plan, referred to early help, a care
/// leaver, or none.
/// </summary>
/// <remarks>
/// <see cref="CountsForWiderServices"/> is true for the four statuses the KPI counts (kpi-rules §2.7, §13.12):
/// looked after, child protection plan, child in need and early help. An early help <em>referral</em> is a
/// sub-measure only; a care leaver and "none" do not count.
/// </remarks>
[Source("YJB KPI pipeline: kpi7_map wider-services categories (kpi-rules §2.7, §13.12)", Confidence = Confidence.High)]
public sealed class CareStatus : SmartEnum<CareStatus>
{
    /// <summary>Looked after by the local authority (Children Act 1989 s.22; "currently care-experienced").</summary>
    public static readonly CareStatus LookedAfter = new(nameof(LookedAfter), 1, true, "Looked-after child");

    /// <summary>Subject to a child protection plan.</summary>
    public static readonly CareStatus ChildProtectionPlan = new(nameof(ChildProtectionPlan), 2, true, "Child protection plan");

    /// <summary>A child in need (Children Act 1989 s.17); in Wales, a child in need of care and support.</summary>
    public static readonly CareStatus ChildInNeed = new(nameof(ChildInNeed), 3, true, "Child in need");

    /// <summary>On an early help (early intervention) plan.</summary>
    public static readonly CareStatus EarlyHelp = new(nameof(EarlyHelp), 4, true, "Early help");

    /// <summary>Referred to early help: a sub-measure of wider services, not counted in the headline.</summary>
    public static readonly CareStatus EarlyHelpReferral = new(nameof(EarlyHelpReferral), 5, false, "Early help referral");

    /// <summary>A care leaver: not counted in the wider-services headline.</summary>
    public static readonly CareStatus CareLeaver = new(nameof(CareLeaver), 6, false, "Care leaver");

    /// <summary>No status with children's services.</summary>
    public static readonly CareStatus None = new(nameof(None), 0, false, "None");

    private CareStatus(string name, int value, bool countsForWiderServices, string label)
        : base(name, value)
    {
        CountsForWiderServices = countsForWiderServices;
        Label = label;
    }

    /// <summary>Whether holding this status counts a child as supported by wider services (kpi-rules §13.12).</summary>
    public bool CountsForWiderServices { get; }

    /// <summary>A readable label ("Child protection plan").</summary>
    public string Label { get; }

    /// <summary>Reads the interchange name (<c>ChildInNeed</c>). Never throws.</summary>
    /// <param name="text">The text; case-sensitive.</param>
    /// <returns>The status, or an <see cref="UnknownValueError"/> for field <c>status</c>.</returns>
    public static OneOf<CareStatus, UnknownValueError> Parse(string? text) => SmartEnumText.Parse<CareStatus>(text, "status", _ => null);
}
