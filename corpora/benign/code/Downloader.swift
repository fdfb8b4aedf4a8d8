import Foundation

enum DownloadError: Error, LocalizedError {
    case badStatus(Int)
    case tooLarge(Int64)

    var errorDescription: String? {
        switch self {
        case .badStatus(let code): return "Server responded with status \(code)"
        case .tooLarge(let size): return "File is too large (\(size) bytes)"
        }
    }
}

struct Downloader {
    let session: URLSession = .shared
    let maxBytes: Int64 = 50 * 1024 * 1024

    func download(_ url: URL, to destination: URL) async throws {
        let (tmp, response) = try await session.download(from: url)
        guard let http = response as? HTTPURLResponse else { return }
        guard (200..<300).contains(http.statusCode) else { throw DownloadError.badStatus(http.statusCode) }
        if http.expectedContentLength > maxBytes { throw DownloadError.tooLarge(http.expectedContentLength) }
        try? FileManager.default.removeItem(at: destination)
        try FileManager.default.moveItem(at: tmp, to: destination)
    }
}
