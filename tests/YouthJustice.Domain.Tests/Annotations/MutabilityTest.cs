using System.Reflection;
using YouthJustice.Domain.Sources;

namespace YouthJustice.Domain.Tests.Annotations;

/// <summary>
/// Library-wide guard (after NodaTime's MutabilityTest): no public type of YouthJustice.Domain exposes state that
/// can change after construction. Attributes are exempt (the compiler needs settable or init members on them).
/// </summary>
public class MutabilityTest
{
    private static readonly Assembly DomainAssembly = typeof(SourceAttribute).Assembly;

    [Fact]
    public void No_public_type_has_a_public_setter_or_a_writable_instance_field()
    {
        var offenders = new List<string>();
        foreach (var type in DomainAssembly.GetExportedTypes().Where(t => !t.IsEnum && !typeof(Attribute).IsAssignableFrom(t)))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var setter = property.SetMethod;
                if (setter is { IsPublic: true } && !IsInitOnly(setter))
                {
                    offenders.Add($"{type.FullName}.{property.Name} has a public setter");
                }
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (!field.IsInitOnly && !field.IsLiteral)
                {
                    offenders.Add($"{type.FullName}.{field.Name} is a writable field");
                }
            }
        }

        offenders.Should().BeEmpty();
    }

    private static bool IsInitOnly(MethodInfo setter)
        => setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}
