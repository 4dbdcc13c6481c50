import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authorize } from '../../platform/auth/authorize.decorator';
import { PeopleQuery, PersonList } from './dto/person.dto';
import { UsersService } from './users.service';

/**
 * The people directory for pickers: "on behalf of" when ordering and person fields on request
 * forms. Anyone who may order may look people up, but only by a search (no listing, no paging)
 * and only active people, with their name and email. The full user records stay behind
 * `users:read`.
 */
@ApiTags('users')
@Controller('people')
export class PeopleController {
  constructor(private readonly users: UsersService) {}

  /** Active people whose name or email contains `q`; those starting with it first. */
  @Get()
  @Authorize('requests:create')
  @ApiOkResponse({ type: PersonList })
  searchPeople(@Query() query: PeopleQuery): Promise<PersonList> {
    return this.users.searchPeople(query);
  }
}
