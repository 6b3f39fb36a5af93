using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace TrierBot.Storage.Tests.Postgres;

/// <summary>
/// A throwaway PostgreSQL cluster for this test run (docs/deployment.md, "Tests"): <c>initdb</c> in a temporary
/// folder, a free port on 127.0.0.1 only, its socket in that folder, <c>fsync</c> off; stopped and removed when
/// the test process ends. As root (CI) the cluster belongs to the <c>postgres</c> user, since initdb refuses root.
/// A machine without PostgreSQL fails the tests with the install command: they never skip.
/// </summary>
public sealed class PostgresTestCluster
{
    private const string FolderPrefix = "trierbot-pg-";
    private const string OwnerFile = "owner.pid";

    private static readonly Lazy<PostgresTestCluster> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _bin;
    private readonly string _folder;

    private PostgresTestCluster(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
    }

    /// <summary>The cluster of this test process, started on first use.</summary>
    public static PostgresTestCluster Instance => Shared.Value;

    public int Port { get; }

    /// <summary>Connection string for <paramref name="database"/> as the cluster's superuser (trust authentication, loopback only).</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, IncludeErrorDetail = true }.ConnectionString;

    private static PostgresTestCluster Start()
    {
        var bin = FindBinaries();
        RemoveAbandonedClusters(bin);
        Exception? last = null;
        // The free port is found before the server binds it: another process may take it in between, so try again.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var folder = Directory.CreateTempSubdirectory(FolderPrefix).FullName;
            try
            {
                File.WriteAllText(Path.Combine(folder, OwnerFile), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var cluster = new PostgresTestCluster(bin, folder, FreePort());
                cluster.InitAndStart();
                cluster.WatchOwner();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.StopAndRemove();
                return cluster;
            }
            catch (Exception e) when (e is InvalidOperationException or IOException)
            {
                last = e;
                StopAndRemove(bin, folder);
            }
        }

        throw new InvalidOperationException("The test PostgreSQL cluster did not start.", last);
    }

    private void InitAndStart()
    {
        var data = Path.Combine(_folder, "data");
        if (Environment.IsPrivilegedProcess)
        {
            Run("chown", ["-R", "postgres:", _folder], asPostgres: false);
        }

        Run(Path.Combine(_bin, "initdb"), ["-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync", "-D", data], asPostgres: true);
        var options = $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
        Run(Path.Combine(_bin, "pg_ctl"), ["-D", data, "-o", options, "-w", "-t", "60", "-l", Path.Combine(_folder, "pg.log"), "start"], asPostgres: true);
    }

    private void StopAndRemove() => StopAndRemove(_bin, _folder);

    /// <summary>
    /// The test host may be ended before its exit handlers finish (or killed): a small shell of its own session
    /// waits for this process to end, then stops the cluster and removes its folder, and ends itself.
    /// </summary>
    private void WatchOwner()
    {
        const string Script = """
            exec >/dev/null 2>&1
            while kill -0 "$1"; do sleep 1; done
            if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$2" -D "$3" -m immediate stop; else "$2" -D "$3" -m immediate stop; fi
            rm -rf "$4"
            """;
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (string[])["sh", "-c", Script, "trierbot-pg-watch", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), Path.Combine(_bin, "pg_ctl"), Path.Combine(_folder, "data"), _folder])
        {
            start.ArgumentList.Add(a);
        }

        using var watcher = Process.Start(start) ?? throw new InvalidOperationException("The cluster's watcher did not start.");
    }

    private static void StopAndRemove(string bin, string folder)
    {
        var data = Path.Combine(folder, "data");
        if (File.Exists(Path.Combine(data, "postmaster.pid")))
        {
            try
            {
                Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"], asPostgres: true);
            }
            catch (InvalidOperationException)
            {
                // Already stopped: only the folder is left to remove.
            }
        }

        // The server's last files may still be going away: try again once; what is left, the next run removes.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                File.AppendAllText(Path.Combine(Path.GetTempPath(), "trierbot-pg-cleanup.log"), $"{folder}: {e.Message}\n");
                Thread.Sleep(200);
            }
        }
    }

    // A test process killed before its exit handler ran leaves its cluster running: the next run stops it.
    private static void RemoveAbandonedClusters(string bin)
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var owner = Path.Combine(folder, OwnerFile);
            if (File.Exists(owner) && int.TryParse(File.ReadAllText(owner), out var pid) && !IsRunning(pid))
            {
                StopAndRemove(bin, folder);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string FindBinaries()
    {
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .FirstOrDefault(p => p.Length > 0 && File.Exists(Path.Combine(p, "initdb")));
        return debian ?? onPath
            ?? throw new InvalidOperationException("PostgreSQL is not installed: the PostgreSQL tests need initdb (Debian: apt-get install -y postgresql; .ci/run does it).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string file, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asPostgres && Environment.IsPrivilegedProcess)
        {
            start.FileName = "runuser";
            foreach (var a in (string[])["-u", "postgres", "--", file])
            {
                start.ArgumentList.Add(a);
            }
        }
        else
        {
            start.FileName = file;
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(file)} did not finish within 90 s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({process.ExitCode}): {error.Result}{output.Result}");
        }
    }
}
