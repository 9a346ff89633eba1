using System.Threading;
using System.Threading.Tasks;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Interchange.Batch;

/// <summary>
/// The national job: every service's returns for a range of quarters, straight from their files. Services are read,
/// laid out and computed one per thread, up to the degree of parallelism, and each service's data is dropped as soon
/// as its returns are computed, so memory holds at most that many services at once, not the whole country (decision
/// NJ1). The results do not depend on the degree of parallelism.
/// </summary>
public static class NationalJob
{
    /// <summary>Reads every service and computes its return for every quarter.</summary>
    /// <param name="inputs">The services (<see cref="ServiceInput.InFolder"/>).</param>
    /// <param name="quarters">The quarters, in the order the returns are wanted.</param>
    /// <param name="definitions">The definition set.</param>
    /// <param name="engine">The engine (its reference tables and options apply to every return).</param>
    /// <param name="maxDegreeOfParallelism">The most services in work at once: 1 is one after another; -1 lets the runtime
    /// choose (one per core).</param>
    /// <param name="progress">Told the number of services finished so far after each one (from any thread), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the work between services.</param>
    /// <returns>One result per input, in the order of the inputs.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or less than -1.</exception>
    public static IReadOnlyList<ServiceJobResult> Run(
        IReadOnlyList<ServiceInput> inputs,
        IReadOnlyList<ReportingQuarter> quarters,
        DefinitionSet definitions,
        KpiEngine engine,
        int maxDegreeOfParallelism = -1,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(quarters);
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(engine);
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "The degree of parallelism is -1 (the runtime chooses) or 1 or more.");
        }

        var results = new ServiceJobResult[inputs.Count];
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, inputs.Count, options, i =>
        {
            results[i] = RunOne(inputs[i], quarters, definitions, engine);
            progress?.Report(Interlocked.Increment(ref done));
        });
        return results;
    }

    private static ServiceJobResult RunOne(ServiceInput input, IReadOnlyList<ReportingQuarter> quarters, DefinitionSet definitions, KpiEngine engine)
    {
        ArgumentNullException.ThrowIfNull(input);
        var read = input.Format.ReadPrepared(input.Path);
        if (read.IsFatal)
        {
            return new ServiceJobResult(input, read.Summary, read.Issues, read.Outcome, read.Losses, 0, []);
        }

        var prepared = read.Value;
        var returns = new Kpi.Results.KpiReturn[quarters.Count];
        for (var q = 0; q < quarters.Count; q++)
        {
            returns[q] = engine.Compute(prepared, quarters[q], definitions);
        }

        return new ServiceJobResult(input, read.Summary, read.Issues, read.Outcome, read.Losses, prepared.ChildCount, returns);
    }
}
