// The searches registry: every declaration of the category files below is a search (the folder decides the kind).
import contacts from './contacts';
import calendars from './calendars';
import opportunities from './opportunities';
import users from './users';
import businesses from './businesses';
import conversations from './conversations';
import locations from './locations';
import objects from './objects';
import subAccounts from './subAccounts';
import freeSlot from './freeSlot';

export default [
  ...contacts,
  ...calendars,
  ...opportunities,
  ...users,
  ...businesses,
  ...conversations,
  ...locations,
  ...objects,
  ...subAccounts,
  ...freeSlot,
];
