// How a person installs the helper program (the native host) on their system: which file to download
// and which steps to take. Pure data: the popup, the options page and the install page pick their
// texts here, and a node test checks them for every system. The extension names the files but fetches
// nothing: the project publishes no download address, so the person gets them where they got Takedown.

// The sections of the install page, in this order unless the person's own system goes first.
export const HOST_SYSTEMS = ['win', 'mac', 'linux', 'other'];

// runtime.getPlatformInfo().os: the host is built for Windows, macOS and Linux; ChromeOS, Android,
// OpenBSD, Fuchsia and an unknown answer are 'other'.
export function hostSystem(os) {
  return ['win', 'mac', 'linux'].includes(os) ? os : 'other';
}

// The file to download at `version` (the extension's: host and extension are released together), or
// null where there is none (macOS builds from source; other systems have no host).
export function hostDownload(system, version) {
  if (system === 'win') return `takedown-host-${version}-windows-x64.zip`;
  if (system === 'linux') return `takedown-host_${version}_amd64.deb`;
  return null;
}

// Where the host keeps the vault (native-host/src/vault/vault_paths.hpp), as the person would look for it.
const VAULT_FOLDERS = {
  win: '%LOCALAPPDATA%\\Takedown\\vault',
  mac: '~/Library/Application Support/Takedown/vault',
  linux: '~/.local/share/takedown/vault',
};

// The install page's anchor for `system`, relative to the pages/ folder.
export const installPage = (system) => `install-host.html#${system}`;

const SUMMARY_KEYS = { win: 'hostInstallSummaryWin', mac: 'hostInstallSummaryMac', linux: 'hostInstallSummaryLinux', other: 'hostInstallSummaryOther' };

// The short version for the popup and the options page: { system, key, substitutions, page }.
export function installSummary(os, version) {
  const system = hostSystem(os);
  const file = hostDownload(system, version);
  return { system, key: SUMMARY_KEYS[system], substitutions: file ? [file] : [], page: installPage(system) };
}

// The macOS commands (docs/macos.md has them with their explanation). Commands stay untranslated.
const MAC_HOST_DIR = '"$HOME/Library/Application Support/Takedown/bin"';
const MAC_COMMANDS = {
  packages: ['brew install cmake ninja nlohmann-json boost openssl@3 doctest'],
  // Only the host (the test suite needs node and browsers); a newer Clang's new warnings must not stop the build.
  build: [
    'cmake --preset release -DOPENSSL_ROOT_DIR="$(brew --prefix openssl@3)" -DTAKEDOWN_BUILD_TESTS=OFF -DTAKEDOWN_WERROR=OFF',
    'cmake --build --preset release --target takedown-host',
  ],
  register: [
    `mkdir -p ${MAC_HOST_DIR}`,
    `cp build/release/native-host/takedown-host ${MAC_HOST_DIR}/`,
    `${MAC_HOST_DIR}/takedown-host install --browser chrome`,
  ],
  check: [`echo '{}' | ${MAC_HOST_DIR}/takedown-host call core.version`],
  remove: [`${MAC_HOST_DIR}/takedown-host uninstall --browser chrome`],
};

// The steps for `system`, in order: { key, substitutions, code } where `code` lists command lines to
// show as they are (possibly none). The last step says where the vault is, or what to do instead.
export function installSteps(system, version) {
  const file = hostDownload(system, version);
  const step = (key, substitutions = [], code = []) => ({ key, substitutions, code });
  const vault = step('hostInstallVaultFolder', [VAULT_FOLDERS[system]]);
  switch (system) {
    case 'win':
      return [
        step('hostInstallWinDownload', [file]),
        step('hostInstallWinUnpack'),
        step('hostInstallWinRun'),
        step('hostInstallWinWarning'),
        step('hostInstallRestart'),
        step('hostInstallWinRemove'),
        vault,
      ];
    case 'mac':
      return [
        step('hostInstallMacSource'),
        step('hostInstallMacPackages', [], MAC_COMMANDS.packages),
        step('hostInstallMacBuild', [], MAC_COMMANDS.build),
        step('hostInstallMacRegister', [], MAC_COMMANDS.register),
        step('hostInstallMacCheck', [], MAC_COMMANDS.check),
        step('hostInstallRestart'),
        step('hostInstallMacRemove', [], MAC_COMMANDS.remove),
        vault,
      ];
    case 'linux':
      return [
        step('hostInstallLinuxDeb', [file], [`sudo apt install ./${file}`]),
        step('hostInstallLinuxMore', [], ['takedown-host install --browser edge', 'takedown-host install --browser brave']),
        step('hostInstallLinuxOther'),
        step('hostInstallLinuxFlatpak'),
        step('hostInstallRestart'),
        step('hostInstallLinuxRemove', [], ['sudo apt remove takedown-host']),
        vault,
      ];
    default:
      return [step('hostInstallOtherSystem')];
  }
}
