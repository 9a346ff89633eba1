namespace YouthJustice.Kpi.Tests.Architecture;

/// <summary>
/// The rooms of YouthJustice.Kpi and what each may use (docs/architecture.md): the one-way flow, lowest first. A
/// room may use the rooms listed for it and nothing above it; the root (the <c>KpiEngine</c> facade and the registry)
/// may use every room.
/// </summary>
internal static class KpiRooms
{
    public const string Root = "(root)";

    /// <summary>Each room and the rooms it may use.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> MayUse = new Dictionary<string, string[]>
    {
        ["Definitions"] = [],
        ["Layout"] = [],
        ["Rules"] = ["Definitions", "Layout"],
        ["Cohorts"] = ["Definitions", "Layout", "Rules"],
        ["Results"] = ["Definitions", "Cohorts"],
        ["Explanations"] = ["Definitions", "Cohorts", "Results"],
        ["Sinks"] = ["Definitions", "Layout", "Results", "Explanations"],
        ["Disclosure"] = ["Definitions", "Results"],
        ["Measures"] = ["Definitions", "Layout", "Rules", "Cohorts", "Results", "Explanations", "Sinks"],
        ["National"] = ["Definitions", "Layout", "Rules", "Cohorts", "Results", "Explanations", "Sinks", "Measures"],
        [Root] = ["Definitions", "Layout", "Rules", "Cohorts", "Results", "Explanations", "Sinks", "Disclosure", "Measures", "National"],
    };

    /// <summary>Whether <paramref name="from"/> may use a type of <paramref name="to"/>.</summary>
    public static bool Allows(string from, string to)
        => from == to || (MayUse.TryGetValue(from, out var allowed) && System.Array.IndexOf(allowed, to) >= 0);
}
