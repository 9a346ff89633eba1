using System;
using System.Linq;
using NodaTime;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Reference;
using YouthJustice.Domain.Services;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Benchmarks.Baselines;

/// <summary>
/// KPI 1's headline (suitable accommodation at the end of the order) written the way it is usually hand-coded: LINQ
/// over the domain objects, child by child. It applies the same cohort rules as the engine (kpi-rules §1.2, §13.2–§13.5)
/// so that its figures can be checked against the engine's before anything is timed.
/// </summary>
public static class LinqKpi1
{
    private static readonly LocalDate CollectionStart = new(2023, 4, 1);

    /// <summary>Computes the numerator and denominator of <c>kpi1.headline</c> for one quarter.</summary>
    /// <param name="service">The service's data.</param>
    /// <param name="quarter">The reporting quarter.</param>
    /// <param name="tables">The counting tables (which disposals and outcomes count, and the dedup rank).</param>
    /// <param name="definitions">The definition set.</param>
    /// <returns>The numerator and denominator.</returns>
    public static (int Numerator, int Denominator) Headline(ServiceData service, ReportingQuarter quarter, KpiReferenceTables tables, DefinitionSet definitions)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(definitions);

        var kept = service.Children
            .Select(child => (Child: child, Row: child.Interventions
                .Where(i => i.End is { } end && quarter.Contains(end) && end >= CollectionStart && tables.CountsInKpis(i.Disposal))
                .SelectMany(i => i.OffenceIds
                    .Select(child.FindOffence)
                    .OfType<Offence>()
                    .SelectMany(o => o.Outcomes.Select(oc => (Intervention: i, Offence: o, Outcome: oc, Reference: tables.ForOutcome(oc.Outcome)))))
                .Where(x => x.Reference is { CountsInKpis: true, TypeOfOrder: not null })
                .Where(x => x.Outcome.AppealStatus != AppealStatus.ChangedOnAppeal && x.Outcome.AppealStatus != AppealStatus.AppealSuccessful)
                .Where(x => x.Outcome.ResidentInArea != false)
                .Where(x => child.AgeOn(ReferenceDay(x.Intervention, x.Outcome, definitions)) is { IsChild: true })
                .OrderBy(x => x.Reference!.DedupSeriousnessRank ?? int.MaxValue)
                .ThenByDescending(x => x.Outcome.Date)
                .ThenByDescending(x => x.Intervention.End)
                .ThenByDescending(x => x.Intervention.Start)
                .ThenBy(x => x.Intervention.Id.Value, StringComparer.Ordinal)
                .ThenBy(x => x.Offence.Id.Value, StringComparer.Ordinal)
                .Select(x => x.Intervention)
                .FirstOrDefault()))
            .Where(x => x.Row is not null)
            .ToList();

        var numerator = kept.Count(x =>
        {
            var atEnd = x.Child.Accommodation
                .Where(a => a.EffectiveSuitability is not null && (!definitions.AccommodationPrimaryResidenceOnly || a.Primary))
                .Where(a => StatusPeriodRules.IsAtEnd(a.Start, a.End, x.Row!.End!.Value))
                .ToList();
            return atEnd.Count > 0 && atEnd.All(a => a.EffectiveSuitability == Suitability.Suitable);
        });

        return (numerator, kept.Count);
    }

    private static LocalDate ReferenceDay(Intervention intervention, LegalOutcome outcome, DefinitionSet definitions)
        => definitions.DtoLicenceAgeFromOutcomeDate && intervention.Disposal == YouthJustice.Domain.Disposals.Disposal.DetentionAndTrainingOrderLicence
            ? outcome.Date
            : intervention.Start;
}
