// What each feature contributes to the shell, registered before the shell draws anything: every
// action's implementation (a missing one fails to compile there) and each feature's dialogs.
import './action-registrations';
import '../actions/action-dialogs';
import './app-dialogs';
import '../library/library-dialogs';
import '../packs/pack-dialogs';
import '../tenants/tenant-dialogs';
import '../live-view/live-view-overlay';
