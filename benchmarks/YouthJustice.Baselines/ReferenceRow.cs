namespace YouthJustice.Baselines;

/// <summary>One disposal's row of the SQL baseline's reference table (<c>Sql/reference.sql</c>).</summary>
/// <param name="InterventionCounts">An intervention with this disposal counts in the KPIs.</param>
/// <param name="TypeOfOrder">The outcome's type of order when it counts in the cohort.</param>
/// <param name="DedupRank">The seriousness rank for the dedup, or <see langword="null"/>.</param>
/// <param name="LegalOutcomeGroup">The legal-outcome group's name.</param>
/// <param name="CautionOrSentence">The group is a caution or a sentence (KPI 9).</param>
/// <param name="PreCourt">The group is pre-court (KPI 9's age reference day).</param>
public sealed record ReferenceRow(bool InterventionCounts, string? TypeOfOrder, int? DedupRank, string LegalOutcomeGroup, bool CautionOrSentence, bool PreCourt);
