using System.Globalization;
using Ardalis.SmartEnum;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// One KPI 4 or KPI 5 measure as the guidance names it: its id (a literal in <see cref="MentalHealthMeasures"/> or
/// <see cref="SubstanceMisuseMeasures"/>), its title, its rule and, for the offered and attending rows, the intervention
/// type the rule reads. The factories below build the titles both KPIs share from the words of the need.
/// </summary>
/// <param name="Id">The measure id, for example <c>kpi4.4c.offered.GettingAdvice</c>.</param>
/// <param name="Title">The measure's title.</param>
/// <param name="Rule">What it counts.</param>
internal sealed record HealthNeedMeasure(string Id, string Title, HealthNeedRule Rule)
{
    /// <summary>The intervention type's value, for <see cref="HealthNeedRule.Offered"/> and <see cref="HealthNeedRule.Attending"/>; 0 otherwise.</summary>
    public int Type { get; init; }

    /// <summary>The intervention type's interchange name, which the id ends with; <see langword="null"/> for a measure of no type.</summary>
    public string? TypeName { get; init; }

    /// <summary>The headline, titled as the KPI is.</summary>
    /// <param name="id">The id.</param>
    /// <param name="area">The KPI.</param>
    /// <returns>The measure.</returns>
    public static HealthNeedMeasure Headline(string id, KpiArea area) => new(id, area.HeadlineLabel, HealthNeedRule.Headline);

    /// <summary>a: a need ÷ the cohort, whose type-of-order split is sub-measure d.</summary>
    /// <param name="id">The id.</param>
    /// <param name="area">The KPI.</param>
    /// <param name="need">What the need is about ("a substance misuse need").</param>
    /// <returns>The measure.</returns>
    public static HealthNeedMeasure Need(string id, KpiArea area, string need)
        => new(id, string.Create(CultureInfo.InvariantCulture, $"Children with a screened or identified need: {need} (by type of order: sub-measure {area.PublicNumber}d)"), HealthNeedRule.Need);

    /// <summary>b: in treatment or support at the start ÷ a need.</summary>
    /// <param name="id">The id.</param>
    /// <param name="need">What the need is about.</param>
    /// <returns>The measure.</returns>
    public static HealthNeedMeasure InTreatmentAtStart(string id, string need)
        => new(id, $"Of children with {need}, those already in treatment or support at the start of the order", HealthNeedRule.InTreatmentAtStart);

    /// <summary>c: offered one intervention type ÷ a need.</summary>
    /// <typeparam name="T">The KPI's intervention type.</typeparam>
    /// <param name="id">The id, ending with the type's name.</param>
    /// <param name="need">What the need is about.</param>
    /// <param name="type">The intervention type.</param>
    /// <param name="label">The type as the template words it ("getting advice").</param>
    /// <returns>The measure.</returns>
    public static HealthNeedMeasure Offered<T>(string id, string need, T type, string label)
        where T : SmartEnum<T>
        => new(id, $"Of children with {need}, those planned or offered: {label}", HealthNeedRule.Offered) { Type = type.Value, TypeName = type.Name };

    /// <summary>c: attending one intervention type ÷ offered that type.</summary>
    /// <typeparam name="T">The KPI's intervention type.</typeparam>
    /// <param name="id">The id, ending with the type's name.</param>
    /// <param name="type">The intervention type.</param>
    /// <param name="label">The type as the template words it.</param>
    /// <returns>The measure.</returns>
    public static HealthNeedMeasure Attending<T>(string id, T type, string label)
        where T : SmartEnum<T>
        => new(id, $"Of children offered {label}, those attending it", HealthNeedRule.Attending) { Type = type.Value, TypeName = type.Name };

    /// <summary>c: offered but never started attending ÷ offered any type.</summary>
    /// <param name="id">The id.</param>
    /// <param name="need">What the need is about.</param>
    /// <returns>The measure.</returns>
    public static HealthNeedMeasure OfferedNotAttended(string id, string need)
        => new(id, $"Of children with {need} offered an intervention, those offered one they never started attending", HealthNeedRule.OfferedNotAttended);

    /// <summary>c, the template's derived row: offered none of the types ÷ a need.</summary>
    /// <param name="id">The id.</param>
    /// <param name="need">What the need is about.</param>
    /// <returns>The measure.</returns>
    public static HealthNeedMeasure NoIntervention(string id, string need)
        => new(id, $"Of children with {need}, those offered none of the intervention types (need − offered)", HealthNeedRule.NoIntervention);
}
