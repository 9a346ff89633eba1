using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Kpi.Engine;

/// <summary>What a service-level measure sees: the whole table, the quarter, the definitions and the quarter's cohort.</summary>
internal sealed record ServiceContext(CaseTable Table, ReportingQuarter Quarter, DefinitionSet Definitions, QuarterCohort Cohort, CountingTables Counting)
{
    /// <summary>The engine's options (data as at, offences excluded from reoffending); the defaults unless the engine was given others.</summary>
    public KpiOptions Options { get; init; } = KpiOptions.Default;
}
