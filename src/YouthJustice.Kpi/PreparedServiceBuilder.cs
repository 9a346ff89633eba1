using System.Collections.Generic;
using YouthJustice.Domain;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Services;
using YouthJustice.Kpi.Engine;

namespace YouthJustice.Kpi;

/// <summary>
/// Prepares a service child by child, so that a reader can hand each child over as soon as it is read and let its
/// objects go: memory then holds the engine's rows, not the service's records (decision NJ5). The result computes
/// the same returns as <see cref="KpiEngine.Prepare"/> of the same children in the same order; it cannot explain a
/// child (<see cref="PreparedService.HasCaseData"/> is false).
/// </summary>
/// <example>
/// <code>
/// var builder = new PreparedServiceBuilder();
/// foreach (var child in children) builder.Add(child);
/// var prepared = builder.Build(new ServiceCode("YJS01"), "A service", populations, boardAttendance);
/// </code>
/// </example>
public sealed class PreparedServiceBuilder
{
    private readonly HashSet<YouthJustice.Domain.Children.ChildId> _ids = [];
    private CaseTableBuilder? _rows = new(keepChildren: false);

    /// <summary>The number of children added.</summary>
    public int ChildCount => _rows?.ChildCount ?? 0;

    /// <summary>Lays out one child's records; the child is not kept.</summary>
    /// <param name="child">The child.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="child"/> is null.</exception>
    /// <exception cref="System.ArgumentException">A child with the same id was added before (as <see cref="ServiceData"/> refuses).</exception>
    /// <exception cref="System.InvalidOperationException">The builder has already built its service.</exception>
    public void Add(ChildCase child)
    {
        Preconditions.CheckNotNull(child, nameof(child));
        var rows = Rows();
        Preconditions.CheckArgument(_ids.Add(child.Id), nameof(child), $"Child id '{child.Id}' is used more than once.");
        rows.Add(child);
    }

    /// <summary>Builds the prepared service; the builder cannot be used afterwards.</summary>
    /// <param name="code">The service's code.</param>
    /// <param name="name">The service's name.</param>
    /// <param name="populations">The 10–17 population estimates (rates per population).</param>
    /// <param name="boardAttendance">The management board's attendance (KPI 8's board measures).</param>
    /// <returns>The prepared service.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.InvalidOperationException">The builder has already built its service.</exception>
    public PreparedService Build(ServiceCode code, string name, IReadOnlyList<PopulationEstimate> populations, IReadOnlyList<BoardAttendance> boardAttendance)
    {
        var header = new ServiceData(
            code,
            Preconditions.CheckNotNull(name, nameof(name)),
            Preconditions.CheckNotNull(populations, nameof(populations)),
            Preconditions.CheckNotNull(boardAttendance, nameof(boardAttendance)),
            []);
        var table = Rows().Build(header);
        _rows = null;
        return new PreparedService(header, table);
    }

    private CaseTableBuilder Rows()
        => _rows ?? throw new System.InvalidOperationException("The builder has already built its service; start a new PreparedServiceBuilder.");
}
