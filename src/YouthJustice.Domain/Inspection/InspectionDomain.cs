namespace YouthJustice.Domain.Inspection;

/// <summary>A domain of an inspection framework: a numbered group of standards ("2 Court disposals").</summary>
/// <param name="Number">The domain's number (1-based).</param>
/// <param name="Name">The domain's name.</param>
public sealed record InspectionDomain(int Number, string Name)
{
    /// <inheritdoc />
    public override string ToString() => $"{Number} {Name}";
}
