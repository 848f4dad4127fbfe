# shellcheck shell=bash
# Is this exact binary already in its release? have=1 when it is (no upload); else the release
# folder is made and upload= names the temporary file the runner writes over SFTP.
# Values: ROOT VERSION SHA.
busy
dir="$REL/$VERSION"
if [ -f "$dir/$NAME" ] && [ "$(sha_of "$dir/$NAME")" = "$SHA" ]; then echo have=1; exit 0; fi
if [ -d "$dir" ]; then echo "new_release=0"; else echo "new_release=1"; fi
mkdir -p "$dir" || fail "$E_ROOT_NOT_WRITABLE" "cannot create $dir"
chmod 755 "$dir"
echo have=0
echo "upload=$dir/.upload.$(date +%s).$$"
