namespace YouthJustice.Kpi.Engine;

/// <summary>
/// One qualifying candidate of the cohort: a child's intervention ending in the quarter, with one linked offence and
/// one of its legal outcomes, all cohort checks passed. The kept row of a child is the one dedup chooses.
/// </summary>
/// <param name="Child">The child index in the <see cref="CaseTable"/>.</param>
/// <param name="Intervention">The global intervention row.</param>
/// <param name="Offence">The global offence row.</param>
/// <param name="Outcome">The global outcome row.</param>
/// <param name="TypeOfOrder">The type of order value (1–6) from the outcome.</param>
/// <param name="Start">The intervention start day.</param>
/// <param name="End">The intervention end day.</param>
/// <param name="OutcomeDate">The outcome day.</param>
/// <param name="Disposal">The intervention's disposal value.</param>
internal readonly record struct CohortRow(int Child, int Intervention, int Offence, int Outcome, int TypeOfOrder, int Start, int End, int OutcomeDate, int Disposal)
{
    /// <summary>The type of order as a 0-based index (0–5) for split arrays.</summary>
    public int TypeIndex => TypeOfOrder - 1;
}
