using System.Reflection;
using TrierBot.Benchmarks;

// Every IBenchmark in this assembly; pick some by name, or run all.
var all = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name)
    .ToList();
var chosen = args.Length == 0 ? all : all.Where(b => args.Contains(b.Name, StringComparer.OrdinalIgnoreCase)).ToList();
if (chosen.Count == 0)
{
    Console.Error.WriteLine($"usage: dotnet run -c Release --project tests/Benchmarks [-- {string.Join('|', all.Select(b => b.Name))}]");
    return 2;
}
foreach (var benchmark in chosen)
{
    Console.WriteLine($"== {benchmark.Name} ==");
    await benchmark.RunAsync(Console.Out, CancellationToken.None);
    Console.WriteLine();
}
return 0;
