using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using YouthJustice.Domain;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Kpi;

/// <summary>Many returns at once: the national job's computing step.</summary>
public sealed partial class KpiEngine
{
    /// <summary>
    /// Computes the return of every service for every quarter, on up to <paramref name="maxDegreeOfParallelism"/>
    /// threads. The result does not depend on the degree of parallelism: it is in the order of the services, then of the
    /// quarters (service 0's quarters first), and each return is the one <see cref="Compute(PreparedService, ReportingQuarter, DefinitionSet)"/>
    /// gives. Prepared services are immutable, so one may appear in several jobs at once.
    /// </summary>
    /// <param name="services">The prepared services.</param>
    /// <param name="quarters">The quarters to compute for each service.</param>
    /// <param name="definitions">The definition set.</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use: 1 computes one return after another; -1 lets the
    /// runtime choose (one per core).</param>
    /// <param name="progress">Told the number of returns completed so far after each one (from any thread), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the work between returns.</param>
    /// <returns>The returns, <c>services.Count × quarters.Count</c> of them.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or less than -1.</exception>
    /// <exception cref="OperationCanceledException">The work was cancelled.</exception>
    public IReadOnlyList<KpiReturn> ComputeMany(
        IReadOnlyList<PreparedService> services,
        IReadOnlyList<ReportingQuarter> quarters,
        DefinitionSet definitions,
        int maxDegreeOfParallelism = -1,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(services, nameof(services));
        Preconditions.CheckNotNull(quarters, nameof(quarters));
        Preconditions.CheckNotNull(definitions, nameof(definitions));
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "The degree of parallelism is -1 (the runtime chooses) or 1 or more.");
        }

        foreach (var service in services)
        {
            Preconditions.CheckNotNull(service, nameof(services));
        }

        var perService = quarters.Count;
        var results = new KpiReturn[checked(services.Count * perService)];
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, results.Length, options, i =>
        {
            results[i] = Compute(services[i / perService], quarters[i % perService], definitions);
            progress?.Report(Interlocked.Increment(ref done));
        });
        return results;
    }
}
