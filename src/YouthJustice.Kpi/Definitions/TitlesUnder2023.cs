using System.Collections.Frozen;
using System.Collections.Generic;
using YouthJustice.Domain.Sources;

namespace YouthJustice.Kpi.Definitions;

/// <summary>
/// The titles of the measures whose meaning the 2023 definitions change (kpi-rules §2.11): as first collected, the
/// KPI 4 and 5 headlines were children with a need ÷ children with an order ending, and the wider-services headline
/// read the status at the end of the order. Every other measure keeps its title under both sets (KPI 10's titles
/// already name both denominators).
/// </summary>
[Source("kpi-rules §2.4, §2.5, §2.8, §2.11 (YJB pipeline v1 and v8 views)")]
internal static class TitlesUnder2023
{
    private static readonly FrozenDictionary<string, string> Titles = new Dictionary<string, string>
    {
        ["kpi4.headline"] = "Proportion of children with an order ending who had an identified mental health or emotional wellbeing need",
        ["kpi5.headline"] = "Proportion of children with an order ending who had an identified substance misuse need",
        ["kpi8.headline"] = "Proportion of children supported by wider care services at the end of their order",
    }.ToFrozenDictionary(System.StringComparer.Ordinal);

    /// <summary>The 2023 title of a measure, when it differs from the measure's (2024) title.</summary>
    public static bool TryGet(string id, out string title) => Titles.TryGetValue(id, out title!);
}
