// The triggers registry: every declaration of the area files below is a trigger (the folder decides the kind).
import associations from './associations';
import blogs from './blogs';
import businesses from './businesses';
import calendars from './calendars';
import companies from './companies';
import contacts from './contacts';
import conversations from './conversations';
import customFields from './customFields';
import forms from './forms';
import locations from './locations';
import messages from './messages';
import objects from './objects';
import opportunities from './opportunities';
import subAccounts from './subAccounts';
import surveys from './surveys';
import tasks from './tasks';
import users from './users';
import workflows from './workflows';

export default [
  ...contacts,
  ...tasks,
  ...calendars,
  ...opportunities,
  ...users,
  ...businesses,
  ...conversations,
  ...messages,
  ...workflows,
  ...locations,
  ...companies,
  ...customFields,
  ...associations,
  ...blogs,
  ...forms,
  ...surveys,
  ...objects,
  ...subAccounts,
];
