using System;
using System.Collections.Generic;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Kpi.Engine;

/// <summary>What a service-level measure sees: the whole table, the quarter, the definitions and the quarter's cohort.</summary>
/// <remarks>
/// One context serves one thread. It keeps what a measure derives from the whole service (<see cref="Shared{T}"/>), so
/// that explaining child after child against the same context derives it once, not once per child.
/// </remarks>
internal sealed record ServiceContext(CaseTable Table, ReportingQuarter Quarter, DefinitionSet Definitions, QuarterCohort Cohort, CountingTables Counting)
{
    private readonly Dictionary<Delegate, object?> _shared = [];

    /// <summary>The engine's options (data as at, offences excluded from reoffending); the defaults unless the engine was given others.</summary>
    public KpiOptions Options { get; init; } = KpiOptions.Default;

    /// <summary>
    /// What <paramref name="derive"/> gives for this context, derived on first use and kept: the same delegate (a
    /// static method group) always gives the same value for the same service, quarter, cohort and options.
    /// </summary>
    /// <typeparam name="T">What is derived.</typeparam>
    /// <param name="derive">A pure function of the context.</param>
    /// <returns>The derived value.</returns>
    public T Shared<T>(Func<ServiceContext, T> derive)
    {
        if (!_shared.TryGetValue(derive, out var value))
        {
            value = derive(this);
            _shared[derive] = value;
        }

        return (T)value!;
    }
}
