using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TrierBot.Channels.Tests.Support;

/// <summary>
/// A self-signed TLS certificate for 127.0.0.1, made for one test run, and the trust in it: only clients built
/// with <see cref="TrustedBy"/> accept it, nothing on the machine does.
/// </summary>
public sealed class LoopbackCertificate : IDisposable
{
    private LoopbackCertificate(X509Certificate2 certificate) => Certificate = certificate;

    public X509Certificate2 Certificate { get; }

    public static LoopbackCertificate Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=TrierBot test loopback", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var ephemeral = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(2));
        // Through PKCS#12 so that the private key is usable by the TLS stack on every platform.
        return new LoopbackCertificate(X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), password: null));
    }

    /// <summary>Makes <paramref name="handler"/> accept this certificate, and otherwise validate exactly as by default.</summary>
    public void TrustedBy(SocketsHttpHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        handler.SslOptions.RemoteCertificateValidationCallback = Validate;
    }

    /// <summary>A client that trusts this certificate (for the SDK's public seams that take an HttpClient).</summary>
    public HttpClient CreateTrustingClient()
    {
        var handler = new SocketsHttpHandler();
        TrustedBy(handler);
        return new HttpClient(handler);
    }

    private bool Validate(object sender, X509Certificate? presented, X509Chain? defaultChain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        // Host name and everything else as usual; only the trust anchor is this certificate.
        if (presented is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != 0)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Certificate);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var certificate = new X509Certificate2(presented);
        return chain.Build(certificate);
    }

    public void Dispose() => Certificate.Dispose();
}
