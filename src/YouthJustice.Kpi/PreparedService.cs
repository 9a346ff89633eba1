using System;
using YouthJustice.Domain;
using YouthJustice.Domain.Services;
using YouthJustice.Kpi.Engine;

namespace YouthJustice.Kpi;

/// <summary>
/// A service's data laid out once for fast, repeated KPI computation (every quarter, both definition sets,
/// explanations). Build it with <see cref="KpiEngine.Prepare"/> from a <see cref="ServiceData"/>, or child by child
/// with a <see cref="PreparedServiceBuilder"/>, which keeps no objects (decision NJ5); it is immutable and safe to
/// share between threads.
/// </summary>
public sealed class PreparedService
{
    private readonly ServiceData _service;

    internal PreparedService(ServiceData service)
    {
        _service = Preconditions.CheckNotNull(service, nameof(service));
        Table = CaseTableBuilder.For(service);
    }

    internal PreparedService(ServiceData header, CaseTable table)
    {
        _service = header;
        Table = table;
    }

    /// <summary>The service's code.</summary>
    public ServiceCode Code => _service.Code;

    /// <summary>The service's name.</summary>
    public string Name => _service.Name;

    /// <summary>The number of children laid out.</summary>
    public int ChildCount => Table.ChildCount;

    /// <summary>
    /// Whether the children's records are kept (<see cref="Service"/> holds them): true when prepared from a
    /// <see cref="ServiceData"/>, false when built child by child. Returns, annual returns, the children's statuses
    /// and validation need only the rows; explanations and the child-by-child comparisons need the records.
    /// </summary>
    public bool HasCaseData => Table.HasChildren;

    /// <summary>The service's data.</summary>
    /// <exception cref="InvalidOperationException">The service was built child by child (<see cref="HasCaseData"/> is false).</exception>
    public ServiceData Service => HasCaseData ? _service : throw new InvalidOperationException(CaseTable.NoCaseDataMessage);

    internal CaseTable Table { get; }

    /// <summary>Throws when the records that explanations read are not kept.</summary>
    internal CaseTable RequireCaseData() => HasCaseData ? Table : throw new InvalidOperationException(CaseTable.NoCaseDataMessage);
}
