using NodaTime;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Offences;

namespace YouthJustice.Kpi.Cohorts;

/// <summary>
/// A child in a quarter's KPI cohort, with the row the dedup rule kept (kpi-rules §1.2, §13.3): the intervention,
/// the linked offence and the legal outcome that give the child's type of order and dates for every measure.
/// </summary>
/// <param name="ChildId">The child.</param>
/// <param name="InterventionId">The kept intervention.</param>
/// <param name="InterventionDisposal">The kept intervention's disposal.</param>
/// <param name="OffenceId">The kept offence.</param>
/// <param name="Outcome">The kept legal outcome.</param>
/// <param name="OutcomeDate">The kept legal outcome's date.</param>
/// <param name="TypeOfOrder">The child's type of order, from the outcome.</param>
/// <param name="Start">The intervention's start.</param>
/// <param name="End">The intervention's end (in the quarter).</param>
/// <param name="QualifyingRows">How many rows qualified before dedup.</param>
public sealed record CohortMember(
    ChildId ChildId,
    InterventionId InterventionId,
    Disposal InterventionDisposal,
    OffenceId OffenceId,
    Disposal Outcome,
    LocalDate OutcomeDate,
    TypeOfOrder TypeOfOrder,
    LocalDate Start,
    LocalDate End,
    int QualifyingRows);
