using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Kpi.Engine;

/// <summary>What a service-level measure sees: the whole table, the quarter, the definitions and the quarter's cohort.</summary>
internal sealed record ServiceContext(CaseTable Table, ReportingQuarter Quarter, DefinitionSet Definitions, QuarterCohort Cohort, CountingTables Counting);
