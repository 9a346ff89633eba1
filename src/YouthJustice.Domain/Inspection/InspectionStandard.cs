namespace YouthJustice.Domain.Inspection;

/// <summary>A standard (or, in pre-2018 frameworks, an area) that an inspection rates: "2.1 Assessment".</summary>
/// <param name="Id">The standard's identifier within its framework ("2.1"); unique in the framework.</param>
/// <param name="Name">The standard's name.</param>
/// <param name="Domain">The domain it belongs to, or <see langword="null"/> where the framework has no domains.</param>
public sealed record InspectionStandard(string Id, string Name, InspectionDomain? Domain)
{
    /// <inheritdoc />
    public override string ToString() => $"{Id} {Name}";
}
