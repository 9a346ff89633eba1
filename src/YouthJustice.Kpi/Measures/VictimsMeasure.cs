using YouthJustice.Kpi.Results;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// One KPI 10 measure as the guidance names it: its id (a literal in <see cref="VictimsMeasures"/>), its title and its
/// rule, from which follow its unit and what it counts: distinct victims, restorative-justice processes or children.
/// </summary>
/// <param name="Id">The measure id, for example <c>kpi10.10g.contacted</c>.</param>
/// <param name="Title">The measure's title.</param>
/// <param name="Rule">What it counts.</param>
internal sealed record VictimsMeasure(string Id, string Title, VictimsRule Rule)
{
    /// <summary>Whether the measure counts cohort children (10b) rather than victims: every cohort child is in its denominator.</summary>
    public bool PerChild => Rule == VictimsRule.ChildrenWithVictim;

    /// <summary>Whether the numerator counts processes, one per victim per child (10c), over a denominator of distinct victims.</summary>
    public bool PerProcess => Rule == VictimsRule.RestorativeJusticeProcesses;

    /// <summary>The unit: the number of victims is a count, every other measure a percentage.</summary>
    public MeasureUnit Unit => Rule == VictimsRule.TotalVictims ? MeasureUnit.Count : MeasureUnit.Percent;
}
