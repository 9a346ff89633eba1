namespace YouthJustice.Cli.Infrastructure;

/// <summary>
/// The smallest dependency container Spectre.Console.Cli needs: registrations by service type (several allowed, the
/// last one wins for a single service, all for <c>IEnumerable&lt;T&gt;</c>), and types built through their widest
/// public constructor. Lets tests run the tool in-process with their own consoles.
/// </summary>
internal sealed class TypeRegistrar : ITypeRegistrar, ITypeResolver
{
    private readonly Dictionary<Type, List<Func<object?>>> _registrations = [];

    public void Register(Type service, Type implementation) => Add(service, () => Create(implementation));

    public void RegisterInstance(Type service, object implementation) => Add(service, () => implementation);

    public void RegisterLazy(Type service, Func<object> factory)
    {
        object? instance = null;
        Add(service, () => instance ??= factory());
    }

    public ITypeResolver Build() => this;

    public object? Resolve(Type? type)
    {
        if (type is null)
        {
            return null;
        }

        if (_registrations.TryGetValue(type, out var factories))
        {
            return factories[^1]();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var element = type.GetGenericArguments()[0];
            var items = _registrations.TryGetValue(element, out var all) ? all.Select(f => f()).ToArray() : [];
            var array = Array.CreateInstance(element, items.Length);
            for (var i = 0; i < items.Length; i++)
            {
                array.SetValue(items[i], i);
            }

            return array;
        }

        return type.IsAbstract || type.IsInterface ? null : Create(type);
    }

    private void Add(Type service, Func<object?> factory)
    {
        if (!_registrations.TryGetValue(service, out var list))
        {
            list = [];
            _registrations[service] = list;
        }

        list.Add(factory);
    }

    private object? Create(Type implementation)
    {
        var constructor = implementation.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        if (constructor is null)
        {
            return Activator.CreateInstance(implementation);
        }

        var arguments = constructor.GetParameters().Select(p => Resolve(p.ParameterType)).ToArray();
        return constructor.Invoke(arguments);
    }
}
