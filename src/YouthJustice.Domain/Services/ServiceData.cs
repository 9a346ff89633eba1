using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Children;

namespace YouthJustice.Domain.Services;

/// <summary>
/// Everything one youth justice service supplies for its KPI return (the interchange document): its code and name,
/// ONS population estimates, management-board attendance and the children's cases.
/// </summary>
/// <remarks>
/// Child ids are unique within the service and there is at most one population estimate per year. Equality compares
/// every field and every list in order.
/// </remarks>
public sealed record ServiceData
{
    private readonly ImmutableArray<PopulationEstimate> _populations;
    private readonly ImmutableArray<BoardAttendance> _boardAttendance;
    private readonly ImmutableArray<ChildCase> _children;

    /// <summary>Creates the service's data.</summary>
    /// <param name="code">The service code.</param>
    /// <param name="name">The service's name; not blank.</param>
    /// <param name="populations">Population estimates, at most one per year.</param>
    /// <param name="boardAttendance">Management-board attendance entries.</param>
    /// <param name="children">The children's cases; ids unique.</param>
    /// <exception cref="ArgumentNullException">A list or an item of a list is null.</exception>
    /// <exception cref="ArgumentException">The name is blank, two estimates share a year, or two children share an id.</exception>
    public ServiceData(
        ServiceCode code,
        string name,
        IEnumerable<PopulationEstimate> populations,
        IEnumerable<BoardAttendance> boardAttendance,
        IEnumerable<ChildCase> children)
    {
        Code = code;
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        _populations = Copy(populations, nameof(populations));
        _boardAttendance = Copy(boardAttendance, nameof(boardAttendance));
        _children = Copy(children, nameof(children));

        var years = new HashSet<int>();
        foreach (var population in _populations)
        {
            Preconditions.CheckArgument(years.Add(population.Year), nameof(populations), $"There is more than one population estimate for {population.Year}.");
        }

        var ids = new HashSet<ChildId>();
        foreach (var child in _children)
        {
            Preconditions.CheckArgument(ids.Add(child.Id), nameof(children), $"Child id '{child.Id}' is used more than once.");
        }
    }

    /// <summary>The service code.</summary>
    public ServiceCode Code { get; }

    /// <summary>The service's name.</summary>
    public string Name { get; }

    /// <summary>The ONS population estimates.</summary>
    public IReadOnlyList<PopulationEstimate> Populations => _populations;

    /// <summary>The management-board attendance entries.</summary>
    public IReadOnlyList<BoardAttendance> BoardAttendance => _boardAttendance;

    /// <summary>The children's cases.</summary>
    public IReadOnlyList<ChildCase> Children => _children;

    /// <summary>The estimate for calendar year <paramref name="year"/>, or <see langword="null"/> when none was supplied.</summary>
    /// <param name="year">The calendar year.</param>
    /// <returns>The estimate, or <see langword="null"/>.</returns>
    public PopulationEstimate? PopulationFor(int year)
    {
        foreach (var population in _populations)
        {
            if (population.Year == year)
            {
                return population;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(ServiceData? other)
        => other is not null
           && Code == other.Code
           && Name == other.Name
           && _populations.SequenceEqual(other._populations)
           && _boardAttendance.SequenceEqual(other._boardAttendance)
           && _children.SequenceEqual(other._children);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Name, _populations.Length, _boardAttendance.Length, _children.Length);

    private static ImmutableArray<T> Copy<T>(IEnumerable<T> items, string paramName)
        where T : class
    {
        var copy = Preconditions.CheckNotNull(items, paramName).ToImmutableArray();
        foreach (var item in copy)
        {
            Preconditions.CheckNotNull(item, paramName);
        }

        return copy;
    }
}
